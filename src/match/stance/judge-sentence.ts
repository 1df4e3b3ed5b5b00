import { cueMask, type Sentence } from '../analyze-article.ts';
import type { CompiledClaim } from '../compile-claims.ts';
import { G } from '../lexicon/builtin-phrases.ts';
import type { Hit } from '../lexicon/phrase-index.ts';
import type { Cond } from '../terms.ts';
import { hedgedFor, isHedged, isUncertain, isUncertainFor } from './hedges.ts';
import { approxNegated, negatedCue, negatedNear } from './negation.ts';
import { actorNear, compareQuantities } from './quantity-compare.ts';
import { beforeThen, timing } from './timing.ts';
import { TIME_WORD } from '../parse/quantities.ts';
import { nearTopic } from './topic-context.ts';
import { requirementOnly } from './requirement.ts';
import { attitudeObject } from './attitude-object.ts';
import { CondReason, Why } from './reason.ts';
import type { Signal, StanceContext } from './types.ts';

/** Reused result slots of CondGroup.firsts (the engine is synchronous). */
const FOUND: (Cond | null)[] = [null, null, null, null];

/** A plain negation of the condition's words (denials left out): "the videos were not fake". */
function negationOnly(s: Sentence, cond: Cond): Hit | null {
  const n = negatedNear(s, cond);
  return n && n.key !== 'denial' ? n : null;
}

/** A "$neg" in a condition must be a negation next to its other words. */
function negationHolds(c: Cond, s: Sentence): boolean {
  return !c.includes('$neg') || negatedNear(s, c) !== null;
}

/** Words that open a clause of its own after the condition's words: a contrast inside it turns that clause only. */
const EMBEDDING = /^(when|where|which|who|whom|whose|while|когда|где|который|которая|которые|которых|калі|дзе|які|якая|якія|коли|де|який|яка|які)$/;

/** "Some clips were old, but many were recent": a contrast after the contradicting words takes it back. */
function concession(s: Sentence, cond: Cond): boolean {
  // the span of the first occurrence of each of the condition's words
  let last = -1;
  for (const k of cond) {
    const first = s.hits.find((h) => h.key === k && h.group !== G.cue);
    if (first) last = Math.max(last, first.j - 1);
  }
  if (last < 0) return false;
  for (const h of s.hits) {
    if (h.group !== G.cue || h.key !== 'contrast' || h.i <= last || pairedQualities(s, h)) continue;
    // ("... since 2022, WHEN Minsk let Russia attack but kept its units out": the contrast is the when-clause's)
    let embedded = false;
    for (let k = last + 1; k < h.i && !embedded; k++) embedded = EMBEDDING.test(s.tokens[k]!.n);
    if (!embedded) return true;
  }
  return false;
}

/** Two qualities joined by the contrast, each a word or two set off by punctuation: "small, but real", "slow but steady". */
function pairedQualities(s: Sentence, h: Hit): boolean {
  const t = s.tokens;
  const stop = (a: number, b: number) => /[.,;:!?()—–]/.test(s.text.slice(t[a]!.e, t[b]!.s));
  let after = 0;
  for (let k = h.j; k < t.length && (k === h.j || !stop(k - 1, k)); k++) after++;
  let before = 0;
  for (let k = h.i - 1; k >= 0; k--) {
    before++;
    if (k === 0 || stop(k - 1, k)) break;
  }
  return after >= 1 && after <= 2 && before <= 2 && h.i >= 2;
}

/** Words that end a clause for the actor of an action: who acts must stand in the same clause. */
const CLAUSE_BREAK =
  /^(that|which|who|says|said|say|told|claims|claimed|believes|believe|fears|warned|see|saw|seen|observed|observe|noticed|recorded|spotted|что|который|которые|заявил|заявили|сказал|считает|считают|утверждает|видели|видят|заметили|наблюдали|зафиксировали|што|які|заявіў|сказаў|лічыць|сцвярджае|бачылі|бачаць|заўважылі|зафіксавалі|що|який|заявив|сказав|вважає|вважають|стверджує|бачили|бачать|помітили|зафіксували|спостерігали)$/;

/**
 * The action of a contradicting condition is done by someone outside the topic's subject: "Ukraine is preparing
 * an invasion" does not make Belarus's troops a threat. Only for conditions that name no country themselves.
 */
function otherActor(s: Sentence, cond: Cond, claim: CompiledClaim, ctx: StanceContext): boolean {
  if (ctx.subjectKeys.size === 0) return false;
  // (a place of the subject, "Gomel", is where the action goes, not who acts)
  for (const k of cond) if (ctx.kinds.get(k) === 'country' || (ctx.subjectKeys.has(k) && ctx.kinds.get(k) !== 'place')) return false;
  const first = s.hits.find((h) => cond.includes(h.key) && h.group !== G.cue);
  if (!first) return false;
  const actor = actorNear(s, first.i, first.j, ctx, true);
  // a side the claim's facts name acts within the claim ("Russia withdrew its nuclear weapons")
  if (!actor || ctx.subjectKeys.has(actor.key) || factKeys(claim).has(actor.key)) return false;
  // the actor must be in the action's own clause ("Ukraine says Belarus is preparing ..." is Belarus's)
  for (let k = actor.j; k < first.i; k++) if (CLAUSE_BREAK.test(s.tokens[k]!.n)) return false;
  if (/[,;:()—–]/.test(s.text.slice(s.tokens[actor.j - 1]!.e, s.tokens[first.i]!.s))) return false;
  return true;
}

/**
 * "Russian troops entered Ukraine from Belarusian territory": the condition's force belongs to another country,
 * named just before it, while the subject stands only as a place. Not when some condition of the claim itself
 * pairs that force with that country ("Russian nuclear weapons in Belarus" is the claim's own fact).
 */
function foreignForce(s: Sentence, cond: Cond, claim: CompiledClaim, ctx: StanceContext): boolean {
  if (ctx.forceKeys.size === 0) return false;
  // the condition's first force word: its owner is an adjective of it ("RUSSIAN troops", "российские войска")
  const force = s.hits.find((h) => h.group !== G.cue && ctx.forceKeys.has(h.key) && cond.includes(h.key));
  if (!force) return false;
  const owner = actorNear(s, force.i, force.j, ctx, true);
  if (!owner || owner.rec.kind !== 'country' || ctx.subjectKeys.has(owner.key) || force.i - owner.j > 1 || pairsInClaim(claim, force.key, owner.key)) return false;
  // the subject's first country stands after a preposition of place ("from Belarusian territory"): where, not who
  const subject = s.hits.find((h) => h.rec.kind === 'country' && ctx.subjectKeys.has(h.key));
  return !subject || (subject.i > 0 && PLACE_WORD.test(s.tokens[subject.i - 1]!.n));
}

/** Prepositions after which a country is where something happens, not who acts: "FROM Belarusian territory". */
const PLACE_WORD = /^(from|through|via|across|in|into|on|onto|to|toward|towards|over|с|со|из|через|по|на|в|во|к|з|праз|па|у|ў|да|із|крізь|до)$/;

/** Some condition of the claim holds both keys. */
function pairsInClaim(claim: CompiledClaim, a: string, b: string): boolean {
  for (const set of [claim.mentions, claim.states, claim.supportedBy, claim.contradictedBy]) for (const c of set.conds) if (c.includes(a) && c.includes(b)) return true;
  return false;
}

const FACT_KEYS = new WeakMap<CompiledClaim, Set<string>>();

/** The keys of a claim's written conditions (not the words of its statement). */
function factKeys(claim: CompiledClaim): Set<string> {
  let keys = FACT_KEYS.get(claim);
  if (!keys) {
    keys = new Set();
    for (const set of [claim.mentions, claim.states, claim.supportedBy, claim.contradictedBy]) for (const c of set.conds) for (const k of c) if (!k.startsWith('-')) keys.add(k);
    FACT_KEYS.set(claim, keys);
  }
  return keys;
}

/** Determiners of a generic noun phrase: "AN army preparing to attack", "ANY force", "любая армия". */
const GENERIC = new Set(['a', 'an', 'any', 'every', 'любая', 'любой', 'любое', 'любую', 'любых', 'всякая', 'всякой', 'кожная', 'кожнай', 'будь-яка', 'будь-який', 'будь-яку', 'будь-якої', 'кожна', 'кожен', 'каждая', 'каждой']);

/**
 * A general remark: it names none of the topic's subject, is not next to a sentence on the topic, and speaks of
 * some army in general ("an army preparing to attack needs fuel"): it states no fact about the topic's forces.
 */
function generalRemark(s: Sentence, cond: Cond, ctx: StanceContext): boolean {
  if (ctx.subjectKeys.size === 0 || nearTopic(s, ctx)) return false;
  for (const k of s.keys) if (ctx.subjectKeys.has(k)) return false;
  const first = s.hits.find((h) => cond.includes(h.key) && h.group !== G.cue);
  if (!first) return false;
  // ("we regard this grouping AS a threat", "it POSES a threat": after a copula or "as" the article opens a predicate)
  for (let k = Math.max(0, first.i - 3); k < first.i; k++) if (GENERIC.has(s.tokens[k]!.n) && !PREDICATIVE.has(s.tokens[k - 1]?.n ?? '')) return true;
  return false;
}

/** Words after which "a"/"an" opens a predicate said of something named before, not a generic subject. */
const PREDICATIVE = new Set(['as', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'become', 'becomes', 'became', 'remains', 'remain', 'pose', 'poses', 'posed', 'posing', 'constitute', 'constitutes', 'represent', 'represents', 'present', 'presents']);

const COMPLEMENTIZER = /^\s*(that|which|что|чтобы|будто|якобы|што|нібыта|быццам|що|нібито|мовби|які|якія|которые|которая|який|яка)(?=[\s«"]|$)/iu;

/**
 * "We disagree with assessments that the move is a mere political gesture", "отрицают, что ...": a disagreement
 * or denial standing before what would support the claim, in the same clause or its "that"-clause, turns it around.
 */
export function disputedBefore(s: Sentence, cond: Cond): Hit | null {
  for (const h of s.hits) {
    if (h.group !== G.cue || (h.key !== 'dispute' && h.key !== 'denial')) continue;
    if (negatedCue(s, h)) continue;
    // every word of the condition occurs after the cue; the nearest of them opens what is disputed
    let first = Infinity;
    for (const k of cond) {
      if (k.charCodeAt(0) === 36 || k.charCodeAt(0) === 45) continue;
      let at = Infinity;
      for (const x of s.hits) if (x.key === k && x.group !== G.cue && x.i >= h.j && x.i < at) at = x.i;
      first = at === Infinity ? -1 : Math.min(first, at);
      if (first < 0) break;
    }
    if (first < 0 || first === Infinity || !reaches(s, h, first)) continue;
    return h;
  }
  return null;
}

const THAT = /^(that|что|будто|якобы|што|нібыта|быццам|що|нібито|начебто)$/;

/** Nouns that name what someone said, whose "that"-clause (or colon) gives its content: "the claim that ...". */
const CLAIM_NOUN = /^(claim|claims|point|points|assertion|assertions|assessment|assessments|estimate|оценк|ацэнк|оцінк|narrative|notion|idea|view|views|suggestion|thesis|version|contention|argument|premise|assumption|line|story|утверждени|тезис|верси|заявлени|мнени|иде[яюи]|представлени|предположени|нарратив|сцвярджэнн|тэзіс|меркаванн|ідэ[яюі]|заяв[ауы]|твердженн|тез[аиу]|думк|іде[яюї]|припущенн|наратив)/;
/** Verbs that dispute what they govern: "QUESTIONED the claim", "COMPLICATES another talking point", "оспорил тезис". */
const DISPUTING = /^(question|questions|questioned|questioning|challeng|disput|reject|dismiss|complicat|undermin|undercut|contradict|debunk|refut|deny|denies|denied|doubt|weaken|оспари|оспори|опроверг|опровер|отверг|отрица|подрыва|подорва|усложня|сомнени|противореч|аспрэч|абверг|адкід|адпрэч|адкінул|сумнеў|супярэч|оскарж|спросту|спростов|заперечу|заперечи|відкида|відкину|сумнів|підрива|ускладню|суперечи)/;
/** A reply that disagrees, after what was asked or quoted: "..., the spokesman DISAGREED", "..., речник НЕ ПОГОДИВСЯ". */
const DISAGREEING = /^(disagreed|disagrees|disagree|rejected|rejects|dismissed|dismisses|denied|denies|disputed|disputes|отверг|отвергла|отвергли|опроверг|возразил|возразила|возразили|адкінуў|адкінула|запярэчыў|запярэчыла|абверг|відкинув|відкинула|заперечив|заперечила|заперечили|спростував)$/;
const ASKED = /^(asked|questioned|спрошенный|спрошенная|отвечая|запытаны|адказваючы|відповідаючи|запитаний|запитана)$/;
const ASKED_ABOUT = /^(about|whether|if|on|о|об|про|пра|чи|ці|ли)$/;
/** The sentence holds a word that may dispute what was said (the verbs of DISPUTING and DISAGREEING are among these). */
const DISPUTE_CUES = cueMask(['denial', 'dispute', 'undercut']);
const NOT_BEFORE = new Set(['not', 'never', "didn't", "doesn't", 'не', 'ні', 'ня']);
const SAYING = /^(said|says|say|insists|insisted|added|argued|argues|told|заявил|сказал|добавил|настаивает|заявіў|сказаў|дадаў|заявив|сказав|додав|наполягає)$/;

/** Where the condition's words stand in the sentence: the first word's index and the last word's end. */
function condSpan(s: Sentence, cond: Cond): { first: number; last: number } | null {
  let first = Infinity;
  let last = -1;
  for (const h of s.hits) {
    if (h.group === G.cue || !cond.includes(h.key)) continue;
    first = Math.min(first, h.i);
    last = Math.max(last, h.j);
  }
  return last < 0 ? null : { first, last };
}

/**
 * What someone said, named by a noun with its content ("the claim, repeated in many reports, that ...", "another
 * talking point: that ...") or by a question ("Asked about ..."), disputed by the verb that governs the noun
 * ("questioned the claim that") or by the reply after it ("..., the spokesman disagreed"). Returns the disputing word.
 */
export function disputedContent(s: Sentence, cond: Cond): string | null {
  // (one test of the cue bits: no disputing word, nothing to read)
  if ((s.cueBits & DISPUTE_CUES) === 0) return null;
  const span = condSpan(s, cond);
  if (!span) return null;
  const { first, last } = span;
  const t = s.tokens;
  // the content opens before the condition's first word: a claim noun, then "that" or a colon; or "asked about"
  let opener = -1;
  for (let k = first - 1; k >= Math.max(0, first - 20) && opener < 0; k--) {
    const gap = s.text.slice(t[k]!.e, t[k + 1]!.s);
    if (/[.;!?]/.test(gap)) break;
    if (ASKED.test(t[k]!.n) && ASKED_ABOUT.test(t[k + 1]?.n ?? '')) opener = k;
    else if (CLAIM_NOUN.test(t[k]!.n)) {
      // "the claim(, repeated in many reports,) that ...", "talking point of the past fortnight: that ..."
      for (let c = k + 1; c <= Math.min(first, k + 9); c++) {
        if (SAYING.test(t[c]!.n) || s.hits.some((h) => h.group === G.cue && h.key === 'contrast' && h.i === c)) break;
        if (c < first && THAT.test(t[c]!.n)) opener = k;
        else if (c === first && c > k + 1 && s.text.slice(t[c - 1]!.e, t[c]!.s).includes(':')) opener = k;
        if (opener >= 0) break;
      }
    }
  }
  if (opener < 0) return null;
  // the verb that governs the noun
  for (let k = opener - 1; k >= Math.max(0, opener - 4); k--) {
    if (!DISPUTING.test(t[k]!.n)) continue;
    if (k > 0 && (NOT_BEFORE.has(t[k - 1]!.n) || (k > 1 && NOT_BEFORE.has(t[k - 2]!.n)))) return null;
    return t[k]!.n;
  }
  // the reply after the content, past a comma: "..., the spokesman disagreed"
  // (from the condition's first word: its other words may come in the reply itself)
  for (let k = first + 1; k < Math.min(t.length, last + 12); k++) {
    if (!DISAGREEING.test(t[k]!.n)) continue;
    if (NOT_BEFORE.has(t[k - 1]?.n ?? '')) return null;
    const gap = s.text.slice(t[first]!.e, t[k]!.s);
    return /[,—–]/.test(gap) && !/[.;!?]/.test(gap) ? t[k]!.n : null;
  }
  return null;
}

/**
 * "The story that the troops are only for show is wrong", "утверждение, что ..., — ложь": a "that"-clause holding
 * the condition's words, then a verdict on it. Returns the verdict.
 */
export function verdictAfter(s: Sentence, cond: Cond): Hit | null {
  if (!s.cues.has('rebut') && !s.cues.has('denial')) return null;
  const span = condSpan(s, cond);
  if (!span) return null;
  const { first, last } = span;
  let that = -1;
  for (let k = Math.max(0, first - 6); k < first; k++) if (THAT.test(s.tokens[k]!.n)) that = k;
  if (that < 0) return null;
  for (const h of s.hits) {
    if (h.group !== G.cue || (h.key !== 'rebut' && h.key !== 'denial') || h.i < last || negatedCue(s, h)) continue;
    // right after the clause, or (Slavic order puts the clause's verb last) after the comma that closes it
    if (h.i - last > 4 && !(h.i - last <= 10 && closesClause(s, last, h.i))) continue;
    if (s.hits.some((c) => c.group === G.cue && c.key === 'contrast' && c.i > that && c.i < h.i)) continue;
    return h;
  }
  return null;
}

/** The text between token `last` and token `at` ends the clause with a comma and holds no stop or other comma. */
function closesClause(s: Sentence, last: number, at: number): boolean {
  const gap = s.text.slice(s.tokens[at - 1]!.e, s.tokens[at]!.s);
  if (!gap.includes(',')) return false;
  return !/[,.;:!?]/.test(s.text.slice(s.tokens[last - 1]!.e, s.tokens[at - 1]!.e));
}

/**
 * A word of the condition stands only after the denial, past a colon, semicolon or dash ("claims that Moscow
 * controls them are untrue: Minsk does"): it is what corrects the denied report, not what is denied.
 */
function correctionAfter(s: Sentence, neg: Hit, cond: Cond): boolean {
  if (neg.key !== 'denial') return false;
  for (const k of cond) {
    let before = false;
    let after = -1;
    for (const h of s.hits) {
      if (h.group === G.cue || h.key !== k) continue;
      if (h.i < neg.i) before = true;
      else if (h.i >= neg.j && after < 0) after = h.i;
    }
    if (!before && after >= 0 && /[:;—–]/.test(s.text.slice(s.tokens[neg.j - 1]!.e, s.tokens[after]!.s))) return true;
  }
  return false;
}

/** "rejected the estimate that only 1,100 troops moved": a disagreement or denial before a figure, in its clause. */
export function disputedFigure(s: Sentence, at: number): Hit | null {
  if (!s.cues.has('dispute') && !s.cues.has('denial')) return null;
  for (const h of s.hits) {
    if (h.group !== G.cue || (h.key !== 'dispute' && h.key !== 'denial') || h.j > at || negatedCue(s, h)) continue;
    if (reaches(s, h, at)) return h;
  }
  return null;
}

/** The cue's clause (or its "that"-clause) reaches token `first`: no stop, no contrast, commas only before "that". */
function reaches(s: Sentence, h: Hit, first: number): boolean {
  if (first - h.j > 12) return false;
  const between = s.text.slice(s.tokens[h.j - 1]!.e, s.tokens[first]!.s);
  if (/[;:()]/.test(between)) return false;
  if (between.split(',').slice(1).some((part) => !COMPLEMENTIZER.test(part))) return false;
  return !s.hits.some((c) => c.group === G.cue && c.key === 'contrast' && c.i >= h.j && c.i < first);
}

/** The sentence's majority ("most", "58 percent") stands nearer to the words only `a` has than to those only `b` has. */
function majorityNearer(s: Sentence, a: Cond, b: Cond): boolean {
  const at: number[] = [];
  for (const h of s.hits) if (h.key === 'majority') at.push(h.i);
  for (const q of s.quantities) if (q.kind === 'share' && q.min >= 0.5) at.push(q.i);
  const dist = (own: Cond, other: Cond) => {
    let d = Infinity;
    for (const h of s.hits) {
      if (h.group === G.cue || !own.includes(h.key) || other.includes(h.key)) continue;
      for (const m of at) d = Math.min(d, Math.abs(h.i - m));
    }
    return d;
  };
  return at.length > 0 && dist(a, b) < dist(b, a);
}

function keywordShare(claim: CompiledClaim, s: Sentence): number {
  if (claim.keywords.length === 0) return 0;
  let n = 0;
  for (const k of claim.keywords) if (s.has(k)) n++;
  return n / claim.keywords.length;
}

/**
 * The sentence carries the claim's own core (a place, actor or piece of equipment its facts name), or the
 * condition compares a quantity or names three facts of the claim: without it a negation of one or two of the
 * condition's words denies some other fact.
 */
export function carriesCore(claim: CompiledClaim, s: Sentence, cond: Cond): boolean {
  if (claim.core === null) return true;
  // (a condition of three words or more, met in full, is the claim's subject and predicate already)
  let words = 0;
  for (const k of cond) {
    if (claim.core.has(k) || k === '$share' || k === '$count' || k === '$distance') return true;
    if (k.charCodeAt(0) !== 36 && k.charCodeAt(0) !== 45) words++;
  }
  if (words >= 3) return true;
  for (const k of claim.core) if (s.has(k)) return true;
  return false;
}

/** "dozen", "hundred", "десятков": a magnitude between the small word and its unit ("a few DOZEN kilometres"). */
const MAGNITUDE = /^(dozen|dozens|hundred|hundreds|more|десят\S*|сот\S*|дзясят\S*|дзесят\S*|соцень|сотень|сотні|дясятк\S*|десятк\S*)$/;

/** Nouns of a measure: "a small distance", "небольшое расстояние", "невялікая адлегласць", "невелика відстань", "a short time". */
const MEASURE_NOUN = /^(distance|time|while|расстояни\S*|время|времени|адлегласц\S*|час[уы]?|відстан\S*)$/;

/** Every small word of the sentence measures a distance or a time ("a few dozen kilometres", "a few weeks", "несколько дней"). */
function smallOfMeasure(s: Sentence): boolean {
  let any = false;
  for (const h of s.hits) {
    if (h.group !== G.cue || h.key !== 'small') continue;
    let k = h.j;
    if (MAGNITUDE.test(s.tokens[k]?.n ?? '')) k++;
    const w = s.tokens[k]?.n ?? '';
    const measure = TIME_WORD.test(w) || MEASURE_NOUN.test(w) || s.hits.some((u) => u.group === G.unit && u.i === k && (u.key === 'km' || u.key === 'mi'));
    if (!measure) return false;
    any = true;
  }
  return any;
}

/** How far (in words) a date may stand from the word it dates ("uploaded to a hobbyist channel in March 2022"). */
const DATE_REACH = 10;

/**
 * The dates that stand in the clause of the condition's words ("filmed in 2022", "posted on 3 August") all lie
 * before `from`, and there is one. A date of another clause ("a video published by the ministry, ..., where
 * troops crossed the border on 6 August") dates something else.
 */
function datedBefore(s: Sentence, cond: Cond, from: number): boolean {
  let any = false;
  for (const d of s.dates) {
    if (!datesCond(s, cond, s.text.indexOf(d.text), d.text.length)) continue;
    if (d.to >= from) return false;
    any = true;
  }
  return any;
}

/** The date at characters [at, at + len) stands near a word of the condition, with no clause break between. */
function datesCond(s: Sentence, cond: Cond, at: number, len: number): boolean {
  // (a date the parser rewrote cannot be placed: it counts, as before dates were placed)
  if (at < 0) return true;
  const t = s.tokens;
  let k = 0;
  while (k < t.length && t[k]!.e <= at) k++;
  let end = k;
  while (end < t.length && t[end]!.s < at + len) end++;
  for (const h of s.hits) {
    if (h.group === G.cue || !cond.includes(h.key)) continue;
    const gap = h.j <= k ? s.text.slice(t[h.j - 1]!.e, at) : h.i >= end ? s.text.slice(at + len, t[h.i]!.s) : '';
    if ((h.j <= k ? k - h.j : h.i - end) <= DATE_REACH && !/[,;:()—–]/.test(gap)) return true;
  }
  return false;
}

/** Nouns of an amount a small word may size: "a small NUMBER of", "небольшая ЧАСТЬ армии". */
const AMOUNT_NOUN = /^(number|numbers|part|portion|share|fraction|group|groups|presence|contingent|count|size|scale|amount|количеств\S*|числ\S*|част\S*|групп\S*|контингент\S*|колькасц\S*|лік\S*|груп\S*|кількіст\S*|чисельн\S*|численн\S*)$/;
/** Words after which a small word stands alone, said of what came before ("was small IN scale", "handful OF troops"). */
const AFTER_SMALL = /^(of|in|by|at|for|from|compared|than|and|or|but|из|в|во|по|для|от|с|і|и|у|ў|з|па|ад|для|від|та|або|а)$/;

/**
 * Every small word of the sentence is said of some other noun ("at a small station", "a modest village"): it
 * sizes no force. A small word sizes a force when one of the next two words is a force, a word of the condition
 * or an amount ("a small number", "few troops"), or when it stands alone ("the build-up was small").
 */
function smallOfOther(s: Sentence, cond: Cond, ctx: StanceContext): boolean {
  let any = false;
  const t = s.tokens;
  for (const h of s.hits) {
    if (h.group !== G.cue || h.key !== 'small') continue;
    let k = h.j;
    if (MAGNITUDE.test(t[k]?.n ?? '')) k++;
    const next = t[k];
    if (!next || AFTER_SMALL.test(next.n) || /[.,;:!?()—–]/.test(s.text.slice(t[k - 1]!.e, next.s))) return false;
    for (let m = k; m < Math.min(t.length, k + 2); m++) {
      if (m > k && /[.,;:!?()—–]/.test(s.text.slice(t[m - 1]!.e, t[m]!.s))) break;
      if (AMOUNT_NOUN.test(t[m]!.n)) return false;
      for (const x of s.hits) if (x.group !== G.cue && x.i <= m && x.j > m && (ctx.forceKeys.has(x.key) || cond.includes(x.key))) return false;
    }
    any = true;
  }
  return any;
}

/** Verbs of being between the whole force and what is said of it: "the army IS small", "армия ОСТАЁТСЯ небольшой". */
const WHOLE_COPULA = /^(is|are|was|were|remains|remain|remained|stays|seems|looks|являет\S*|остает\S*|остаёт\S*|оставал\S*|была|был|было|были|застаец\S*|засталася|была|застається|залишаєт\S*|залишалас\S*|була|є)$/;

/**
 * Every small word of the sentence is said of the whole army ("the Belarusian army is small, hollow and
 * unwilling", "армия Беларуси небольшая"): it sizes the force the country has, not the part it sent.
 */
function smallOfWhole(s: Sentence): boolean {
  let any = false;
  for (const h of s.hits) {
    if (h.group !== G.cue || h.key !== 'small') continue;
    // the army right before, or across one verb of being (a Slavic predicate may follow the noun directly)
    let k = h.i - 1;
    if (k >= 0 && WHOLE_COPULA.test(s.tokens[k]!.n)) k--;
    if (k < 0 || !s.hits.some((a) => a.key === 'army' && a.group !== G.cue && a.j === k + 1)) return false;
    if (/[,;:()]/.test(s.text.slice(s.tokens[k]!.e, s.tokens[h.i]!.s))) return false;
    any = true;
  }
  return any;
}

/** Judges one sentence against one claim; pushes what it finds to `out`. */
export function judgeSentence(claim: CompiledClaim, s: Sentence, ctx: StanceContext, out: Signal[]): void {
  // What a claim's conditions leave out is read through the words of its statement.
  // (a claim with quantities is supported or contradicted through them)
  const statesFromWords = claim.states.length + claim.supportedBy.length + claim.contradictedBy.length + claim.quantities.length === 0;
  const mentionsFromWords = claim.mentions.length === 0;
  const share = statesFromWords || mentionsFromWords ? keywordShare(claim, s) : 0;
  // (read by index: no array destructuring per call)
  const found = claim.group.firsts(s, negationHolds, FOUND);
  const states = found[0];
  const mentions = found[1];
  const contras = found[2];
  const supports = found[3];
  const stateCond = states ?? (statesFromWords && share >= 0.6 && claim.keywords.length >= 2 ? claim.keywords : null);
  const mentionCond = mentions ?? (mentionsFromWords && share >= 0.34 && (claim.keywords.length <= 2 || share * claim.keywords.length >= 2) ? claim.keywords : null);
  let contraCond = contras ?? null;
  // "$neg": a negation of words the claim shares with other facts needs the claim's core in the sentence
  if (contraCond?.includes('$neg') && !carriesCore(claim, s, contraCond)) contraCond = null;
  // "$earlier": the sentence dates what it speaks of before the claim's period ("filmed in 2022")
  if (contraCond?.includes('$earlier') && !(claim.period && datedBefore(s, contraCond, claim.period.from))) contraCond = null;
  // "$small": "within a few dozen kilometres", "for a few weeks" measure a distance or a time, not a small force
  // ("armoured vehicles at a small station": a small word of another noun sizes no force)
  // ("the Belarusian army is small": a small word said of the whole army sizes the force, not what was sent)
  if (contraCond?.includes('$small') && (smallOfMeasure(s) || smallOfOther(s, contraCond, ctx) || smallOfWhole(s))) contraCond = null;
  // "did not deny the videos": a negated denial is none
  if (contraCond?.includes('$denial') && s.hits.every((h) => h.group !== G.cue || h.key !== 'denial' || negatedCue(s, h))) contraCond = null;
  const supportCond = supports ?? null;
  // "a large majority oppose it, and support stays in single digits": the majority belongs to the nearer verb
  if (contraCond && supportCond && contraCond.includes('$majority') && majorityNearer(s, supportCond, contraCond)) contraCond = null;
  if (!stateCond && !mentionCond && !contraCond && !supportCond && (claim.quantities.length === 0 || s.quantities.length === 0)) return;

  const hedged = isHedged(s);
  const { later, outside } = timing(claim, s, ctx.article.sentences, ctx.article.published);
  // A sentence about a later period (a withdrawal in October, a 2025 deployment) is new information, not a stance;
  // so is a whole article published long after the claim's period that never dates anything inside it.
  if (later || ctx.laterArticle(claim)) return;
  const uncertain = isUncertain(s);
  if (outside) {
    // About an earlier period: only an explicit contradiction ("already there in 2023") speaks to the claim.
    if (contraCond && !(uncertain && isUncertainFor(s, contraCond)) && !negatedNear(s, contraCond)) out.push({ stance: 'contradicts', confidence: 0.7, sentence: s, reason: new CondReason(Why.States, contraCond, null), comparisons: [] });
    return;
  }
  if (supportCond && !contraCond) {
    const content = disputedContent(s, supportCond);
    if (content) {
      out.push({ stance: 'contradicts', confidence: 0.75, sentence: s, reason: `disputes what was said ("${content}")`, comparisons: [] });
      return;
    }
    const disputed = disputedBefore(s, supportCond);
    const verdict = disputed ? null : verdictAfter(s, supportCond);
    if (disputed && !uncertain) out.push({ stance: 'contradicts', confidence: 0.75, sentence: s, reason: new CondReason(Why.Disputes, supportCond, disputed), comparisons: [] });
    else if (verdict && !uncertain) out.push({ stance: 'contradicts', confidence: 0.75, sentence: s, reason: new CondReason(Why.CallsWrong, supportCond, verdict), comparisons: [] });
    else if (hedged && hedgedFor(s, supportCond)) out.push({ stance: 'discusses', confidence: 0.5, sentence: s, reason: new CondReason(Why.MentionsHedged, supportCond, null), comparisons: [] });
    else out.push({ stance: 'supports', confidence: 0.65, sentence: s, reason: new CondReason(Why.States, supportCond, null), comparisons: [] });
  }

  if (contraCond) {
    const explicitNeg = contraCond.includes('$neg');
    // a denial the condition asks for ("called the videos fake") is the contradiction itself, not a denial of it
    let neg = explicitNeg ? null : contraCond.includes('$denial') ? negationOnly(s, contraCond) : negatedNear(s, contraCond);
    // "Claims that Moscow controls them are untrue: Minsk does": the words after the colon are the correction
    if (neg && correctionAfter(s, neg, contraCond)) neg = null;
    if (neg) {
      out.push({ stance: 'supports', confidence: 0.6, sentence: s, reason: `denies what would contradict it ("${s.words(neg)}")`, comparisons: [] });
    } else if (uncertain && isUncertainFor(s, contraCond)) {
      out.push({ stance: 'discusses', confidence: 0.5, sentence: s, reason: 'raises a contradicting point as uncertain', comparisons: [] });
    } else if (concession(s, contraCond)) {
      out.push({ stance: 'discusses', confidence: 0.5, sentence: s, reason: new CondReason(Why.Concedes, contraCond, null), comparisons: [] });
    } else if (otherActor(s, contraCond, claim, ctx) || foreignForce(s, contraCond, claim, ctx)) {
      out.push({ stance: 'discusses', confidence: 0.45, sentence: s, reason: new CondReason(Why.OtherSide, contraCond, null), comparisons: [] });
    } else if (generalRemark(s, contraCond, ctx)) {
      out.push({ stance: 'discusses', confidence: 0.4, sentence: s, reason: new CondReason(Why.GeneralRemark, contraCond, null), comparisons: [] });
    } else if (requirementOnly(s, contraCond)) {
      out.push({ stance: 'discusses', confidence: 0.4, sentence: s, reason: 'names what a contradicting step would take, not that it happened', comparisons: [] });
    } else if (attitudeObject(s, contraCond)) {
      out.push({ stance: 'discusses', confidence: 0.4, sentence: s, reason: 'names a contradicting step as what someone supports or fears, not that it happened', comparisons: [] });
    } else {
      out.push({ stance: 'contradicts', confidence: 0.8, sentence: s, reason: new CondReason(Why.States, contraCond, null), comparisons: [] });
    }
  }

  if (claim.quantities.length && (stateCond || mentionCond || supportCond || nearTopic(s, ctx))) {
    compareQuantities(claim, s, ctx, { hedged, uncertain, outside, stateCond, mentionCond }, out);
  }

  if (stateCond && !supportCond) {
    const neg = negatedNear(s, stateCond);
    // (a hedge of what follows the statement's words, "... and videos said to show tanks", leaves them stated)
    const hedged = hedgedFor(s, stateCond);
    // "questioned the claim that August marked the first ...": the statement is quoted to be disputed
    const content = disputedContent(s, stateCond);
    if (content) {
      const against = claim.polarity === 'positive' || neg !== null;
      out.push({ stance: against ? 'contradicts' : 'supports', confidence: 0.7, sentence: s, reason: `disputes what was said ("${content}")`, comparisons: [] });
      return;
    }
    const withdrawal = ctx.reversal(s, claim);
    // ("the claim that mechanised units went there for the first time does not match the record": a verdict on either polarity)
    const verdict = !uncertain ? verdictAfter(s, stateCond) : null;
    if (verdict) {
      out.push({ stance: 'contradicts', confidence: 0.75, sentence: s, reason: new CondReason(Why.CallsWrong, stateCond, verdict), comparisons: [] });
    } else if (claim.polarity === 'negative') {
      if (neg && !hedged) out.push({ stance: 'supports', confidence: 0.65, sentence: s, reason: new CondReason(Why.Restates, stateCond, neg), comparisons: [] });
      else out.push({ stance: 'discusses', confidence: 0.45, sentence: s, reason: new CondReason(Why.Touches, stateCond, null), comparisons: [] });
    } else if (neg && !uncertain && !withdrawal && carriesCore(claim, s, stateCond) && !beforeThen(s)) {
      out.push({ stance: 'contradicts', confidence: neg.key === 'denial' ? 0.75 : 0.65, sentence: s, reason: new CondReason(Why.DeniesIt, stateCond, neg), comparisons: [] });
    } else if (hedged || withdrawal || neg || approxNegated(s, stateCond)) {
      out.push({ stance: 'discusses', confidence: 0.5, sentence: s, reason: hedged ? 'mentions it with a hedge' : 'mentions it with a withdrawal or uncertain negation', comparisons: [] });
    } else if (otherActor(s, stateCond, claim, ctx)) {
      // "Ukraine's general staff has prepared a push into the Gomel region": another side does it
      out.push({ stance: 'discusses', confidence: 0.45, sentence: s, reason: new CondReason(Why.OtherSide, stateCond, null), comparisons: [] });
    } else {
      out.push({ stance: 'supports', confidence: 0.6, sentence: s, reason: new CondReason(Why.States, stateCond, null), comparisons: [] });
    }
  } else if (mentionCond && !supportCond) {
    out.push({ stance: 'discusses', confidence: 0.4, sentence: s, reason: new CondReason(Why.Mentions, mentionCond, null), comparisons: [] });
  }
}
