import type { Sentence } from '../analyze-article.ts';
import type { ClaimQuantity, CompiledClaim } from '../compile-claims.ts';
import { G } from '../lexicon/builtin-phrases.ts';
import type { Hit } from '../lexicon/phrase-index.ts';
import type { Quantity } from '../parse/quantities.ts';
import type { Cond } from '../terms.ts';
import type { Comparison } from '../types.ts';
import { disputedAfterFigure } from './disputed-after-figure.ts';
import { disputedFigure } from './judge-sentence.ts';
import { deniedAtEnd } from './negation.ts';
import { nearTopic, previousOnTopic } from './topic-context.ts';
import type { Signal, StanceContext } from './types.ts';

export interface SentenceState {
  hedged: boolean;
  uncertain: boolean;
  outside: boolean;
  stateCond: Cond | null;
  mentionCond: Cond | null;
}

export function compareQuantities(claim: CompiledClaim, s: Sentence, ctx: StanceContext, st: SentenceState, out: Signal[]): void {
  const qs = s.quantities;
  if (qs.length === 0) return;
  const onTopic = nearTopic(s, ctx) || st.stateCond !== null || st.mentionCond !== null;
  if (!onTopic || st.outside || ctx.laterArticle(claim)) return;
  const withdrawal = ctx.reversal(s, claim) || ctx.ownFigures(s, claim);
  // "only 300 of them are within 10 km": a part of a force, with figures of its own
  if (partitive(s)) return;
  for (const q of qs) {
    // "keep thousands of soldiers on the border": a bare plural magnitude is a manner of speaking, no count
    if (q.yearLike || q.kind === 'number' || q.generic) continue;
    if ((facts(s, q, ctx) & (OWN | EACH | IF | WHOLE)) !== OWN) continue;
    // a count in a sentence that names no movement, place or claim ("the army has 48,000 soldiers in total") sizes a force, it reports no deployment
    if (q.kind === 'count' && !st.stateCond && !st.mentionCond && !ctx.placeOrAction(s) && !setAgainstCue(s, q)) continue;
    for (const c of claim.quantities) {
      const cmp = compare(c, q, s, st, ctx, claim);
      if (!cmp) continue;
      const disputed = cmp.agrees && !st.uncertain && q.qualifier !== 'more' && q.qualifier !== 'upto' && q.qualifier !== 'less' ? (disputedFigure(s, q.i) ?? disputedAfterFigure(s, q.i, q.j)) : null;
      if (disputed) {
        out.push({ stance: 'contradicts', confidence: 0.75, sentence: s, reason: `disputes the claimed ${cmp.claimed} ("${s.words(disputed)}": ${q.text})`, comparisons: [{ ...cmp, agrees: false }] });
      } else if (cmp.agrees && negatedFigure(s, q)) {
        out.push({ stance: 'contradicts', confidence: 0.75, sentence: s, reason: `negates the claimed ${cmp.claimed} ("${s.text.slice(s.tokens[q.i - 1]!.s, s.tokens[q.j - 1]!.e)}")`, comparisons: [{ ...cmp, agrees: false }] });
      } else if (cmp.agrees && farBelowBefore(s, q)) {
        out.push({ stance: 'contradicts', confidence: 0.75, sentence: s, reason: `puts the figure far below the claimed ${cmp.claimed} ("${s.text.slice(s.tokens[Math.max(0, q.i - 4)]!.s, s.tokens[q.j - 1]!.e)}")`, comparisons: [{ ...cmp, agrees: false }] });
      } else if (cmp.agrees && (q.qualifier === 'upto' || q.qualifier === 'less' || q.qualifier === 'more')) {
        // a bound ("fewer than 2,000") that merely admits the claimed value neither confirms nor denies it
        out.push({ stance: 'discusses', confidence: 0.4, sentence: s, reason: `${cmp.fact} ${cmp.found} admits the claimed ${cmp.claimed}`, comparisons: [cmp] });
      } else if (cmp.agrees && st.hedged) {
        out.push({ stance: 'discusses', confidence: 0.45, sentence: s, reason: `${cmp.fact} ${cmp.found} as claimed (${cmp.claimed}), stated with a hedge`, comparisons: [cmp] });
      } else if (cmp.agrees) {
        out.push({ stance: 'supports', confidence: 0.7, sentence: s, reason: `${cmp.fact} ${cmp.found} matches claimed ${cmp.claimed}`, comparisons: [cmp] });
      } else if (deniedFigure(s, q)) {
        // "we found no source for a deployment anywhere near 16,000 troops": the figure is denied, not reported
        out.push({ stance: 'discusses', confidence: 0.4, sentence: s, reason: `${cmp.fact} ${cmp.found} is denied, not reported (claimed ${cmp.claimed})`, comparisons: [cmp] });
      } else if (st.uncertain || withdrawal || remainderAfterReversal(s, claim, ctx)) {
        out.push({ stance: 'discusses', confidence: 0.45, sentence: s, reason: `${cmp.fact} ${cmp.found} vs claimed ${cmp.claimed}, stated with a hedge`, comparisons: [cmp] });
      } else {
        const conf = q.qualifier === 'only' || s.cues.has('only') || s.cues.has('small') ? 0.85 : 0.75;
        out.push({ stance: 'contradicts', confidence: conf, sentence: s, reason: `${cmp.fact} ${cmp.found} vs claimed ${cmp.claimed}`, comparisons: [cmp] });
      }
    }
  }
}

/** Words of what is left of a force: "what REMAINS", "the REMAINING units", "осталось", "засталося", "залишилося". */
const REMAINDER = /^(remain|remains|remained|remaining|осталось|остались|остаётся|остается|остаются|оставшиеся|оставшихся|засталося|засталіся|застаецца|застаюцца|засталыя|залишилося|залишилися|залишається|залишаються|решта)$/;
/** How many sentences back a withdrawal may be reported for a remainder to be what it left. */
const REMAINDER_REACH = 3;

/**
 * "Units are returning to their bases. ... What remains is a few hundred servicemen": a figure of what is left,
 * after a withdrawal reported just before, sizes the force after the reduction, not the deployment.
 */
function remainderAfterReversal(s: Sentence, claim: CompiledClaim, ctx: StanceContext): boolean {
  let remainder = false;
  for (const t of s.tokens) if (REMAINDER.test(t.n)) remainder = true;
  if (!remainder) return false;
  const sentences = ctx.article.sentences;
  for (let n = s.index - 1; n >= Math.max(0, s.index - REMAINDER_REACH); n--) {
    const p = sentences[n]!;
    if (p.paragraph < s.paragraph - 1) break;
    if (ctx.reversal(p, claim)) return true;
  }
  return false;
}

/** The figure is set against another ("only", "in fact", "no more than"). */
function setAgainstCue(s: Sentence, q: Quantity): boolean {
  if (q.qualifier === 'only' || q.qualifier === 'upto' || q.qualifier === 'less') return true;
  for (const h of s.hits) if (h.group === G.cue && (h.key === 'only' || h.key === 'small' || h.key === 'contrast' || h.key === 'actual' || h.key === 'denial')) return true;
  return false;
}

const NOT = new Set(['not', 'не', 'ні', 'ня']);

/** "five percent, not a third", "а не третину": the figure is named only to be denied. */
function negatedFigure(s: Sentence, q: Quantity): boolean {
  return q.i > 0 && q.qualifier === null && NOT.has(s.tokens[q.i - 1]!.n);
}

/** "well short of a third", "в разы меньше трети": the claimed value is named only to be set far above the truth. */
function farBelowBefore(s: Sentence, q: Quantity): boolean {
  return s.hits.some((h) => h.group === G.cue && h.key === 'farBelow' && h.i <= q.i && h.j >= q.i - 1);
}

/** Negations whose scope a figure after them may stand in: "NO source for ... 16,000", "NOTHING like 15,000". */
const FIGURE_NEGATOR = new Set(['no', 'not', 'nothing', 'never', 'none', 'nobody', 'without', 'нет', 'не', 'ни', 'ничего', 'никаких', 'без', 'няма', 'ні', 'нічога', 'ніякіх', 'бяз', 'немає', 'нема', 'нічого', 'жодних', 'жодного']);
const COMPARATIVE = new Set(['more', 'fewer', 'less', 'greater', 'larger', 'over', 'under', 'above', 'below', 'более', 'больше', 'менее', 'меньше', 'свыше', 'больш', 'менш', 'меней', 'більше', 'більш', 'менше', 'понад']);
/** Where the scope of a negation before a figure ends: a new clause or a contrast ("not 1,100 BUT 15,000"). */
const SCOPE_END = new Set(['that', 'which', 'who', 'but', 'instead', 'rather', 'что', 'который', 'которые', 'но', 'а', 'што', 'які', 'але', 'а', 'що', 'який', 'проте']);

/** The figure stands under a negation in its own clause: it is denied, not reported ("nothing resembling 15,000 troops"). */
export function deniedFigure(s: Sentence, q: Quantity): boolean {
  for (let k = q.i - 1; k >= Math.max(0, q.i - 12); k--) {
    const w = s.tokens[k]!.n;
    if (SCOPE_END.has(w) || clauseMark(s.text, s.tokens[k]!.e, s.tokens[k + 1]!.s, true)) break;
    // "no more than a few hundred", "не больш за 300", "no fewer than": the negation makes a bound, it denies nothing
    if (FIGURE_NEGATOR.has(w)) return !COMPARATIVE.has(s.tokens[k + 1]?.n ?? '');
  }
  // Slavic verb-final order: "признаков сосредоточения, сопоставимого с 15 тысячами, на снимках нет"
  // ("a report, which claims that only 1,100 moved, has been dismissed": the report's figure, disputed after it)
  return deniedAtEnd(s, q.j) || disputedAfterFigure(s, q.i, q.j) !== null;
}

const fmt = (n: number) => (n >= 100 ? Math.round(n).toLocaleString('en-US') : String(Math.round(n * 10) / 10));

function compare(c: ClaimQuantity, q: Quantity, s: Sentence, st: SentenceState, ctx: StanceContext, claim: CompiledClaim): Comparison | null {
  if (c.kind === 'count' && q.kind === 'count' && c.unit === q.unit) {
    return { fact: 'count', found: q.text, claimed: c.label, agrees: q.max >= c.min && q.min <= c.max };
  }
  if (c.kind === 'distance' && q.kind === 'distance' && q.fromPoint && !activityDistance(s, q) && !settlementDistance(s, q)) {
    return { fact: 'distance', found: `${q.text} (${fmt(q.value)} km)`, claimed: c.label, agrees: q.max >= c.min && q.min <= c.max };
  }
  if (c.kind === 'share' && q.kind === 'share' && !q.ofOther && (q.ofArmy || st.stateCond || st.mentionCond) && (ctx.placeOrAction(s) || st.stateCond || previousOnTopic(s, ctx))) {
    return { fact: 'share of the army', found: q.text, claimed: c.label, agrees: q.max >= c.min && q.min <= c.max };
  }
  // A troop count says something about a share of the army only when set against it ("only 1,100", "a third? no: ...").
  const setAgainst = st.stateCond || st.mentionCond || q.qualifier === 'only' || s.cues.has('only') || s.cues.has('small') || s.cues.has('denial') || s.cues.has('contrast');
  // (the sentence must speak of the share or of the whole: "a few hundred soldiers to its border" is no share of any army)
  if (c.kind === 'share' && c.base && q.kind === 'count' && q.unit === 'troops' && setAgainst && (st.stateCond || st.mentionCond || shareContext(s, claim, ctx))) {
    const lo = q.min / c.base;
    const hi = q.max / c.base;
    const agrees = hi >= c.min && lo <= c.max;
    return { fact: 'share of the army', found: `${q.text} (about ${fmt((q.value / c.base) * 100)}% of ~${fmt(c.base)})`, claimed: c.label, agrees };
  }
  return null;
}

/**
 * A count is set against a share claim only when the sentence or the one before names the whole ("the army") or
 * the claim's own speaker ("contrary to Lukashenko's claims, only a few thousand ..."): "a few hundred soldiers
 * to its border districts" alone answers some other figure.
 */
function shareContext(s: Sentence, claim: CompiledClaim, ctx: StanceContext): boolean {
  const prev = ctx.article.sentences[s.index - 1];
  for (const x of prev && !prev.isTitle ? [s, prev] : [s]) for (const k of x.keys) if (k === 'army' || (ctx.kinds.get(k) === 'person' && claim.allKeys.has(k))) return true;
  return false;
}

/**
 * Verbs of a task done somewhere ("engineers were WORKING 2 km from the border", "сапёры МИНИРУЮТ поле в 3 км"),
 * as against where a force stands ("units are stationed 5 km from ...", "dug in", "находятся в 5 км").
 */
const ACTIVITY = /^(working|work|works|worked|building|builds|built|constructing|laying|lays|laid|clearing|mining|patrolling|patrols|training|trains|drilling|exercising|repairing|fortifying|erecting|installing|felling|logging|harvesting|работа[ею]т|работал|строят|строил|возвод|минир|разминир|патрулир|тренир|ремонтир|устанавлива|укрепля|рубят|працуюць|працавал|будуюць|будавал|мініруюць|патрулююць|трэніруюцца|умацоўваюць|усталёўваюць|працюють|працювал|будують|будувал|зводять|мінують|розміновують|патрулюють|тренуються|ремонтують|укріплюють|встановлюють)/;
/** Where a stretch of text turns to another clause or speaker: the activity before it is not the distance's. */
const CLAUSE_TURN = /^(that|and|but|while|said|says|что|а|но|и|сказал|заявил|што|і|але|сказаў|заявіў|що|та|але|сказав|заявив)$/;

/** The distance says where a task is done, not where the force is ("working 2 to 3 km from the border"). */
function activityDistance(s: Sentence, q: Quantity): boolean {
  for (let k = q.i - 1; k >= Math.max(0, q.i - 10); k--) {
    const w = s.tokens[k]!.n;
    if (ACTIVITY.test(w)) return true;
    if (CLAUSE_TURN.test(w) || /[;:]/.test(s.text.slice(s.tokens[k]!.e, s.tokens[k + 1]!.s))) return false;
  }
  return false;
}

/** Nouns of a settlement: a distance in their own noun phrase locates the place ("a town some 50 km from the border"). */
const SETTLEMENT = /^(towns?|villages?|city|cities|settlements?|hamlets?|город\S{0,2}|городок|городка|деревн\S*|сел[оаеуі]|посел(ок|ка|ке)|горад\S{0,2}|гарадок|гарадка|веск\S*|весцы|пасел(ак|ка|ку)|міст[оаі]|містечк\S*|селищ\S*)$/;
/** Words of the noun phrase between the settlement noun and its distance: "a small town (of 30,000) SOME 50 km". */
const NP_LIGHT = /^(a|an|the|small|little|tiny|just|only|some|about|around|roughly|nearly|lying|located|situated|в|у|ў|за|всего|лишь|около|примерно|толькі|каля|прыкладна|лише|близько|приблизно|маленьк\S*|небольш\S*|невялік\S*|невелик\S*|расположен\S*|размешчан\S*|розташован\S*)$/;

/** The distance belongs to a settlement named just before it ("Rechytsa, a town some 50 km from the frontier"), not to a force. */
function settlementDistance(s: Sentence, q: Quantity): boolean {
  for (let k = q.i - 1; k >= Math.max(0, q.i - 4); k--) {
    const w = s.tokens[k]!.n;
    if (SETTLEMENT.test(w)) return !/[;:.]/.test(s.text.slice(s.tokens[k]!.e, s.tokens[q.i]!.s));
    if (!NP_LIGHT.test(w)) return false;
  }
  return false;
}

/** Before the whole: "IN the armed forces", "в вооружённых силах", "у войску". */
const IN_WHOLE = new Set(['in', 'в', 'во', 'у', 'ў']);
/** After the whole: "the army HAS / NUMBERS 48,000", "армия насчитывает". */
const HAS = /^(has|have|had|number|numbers|numbered|totals|totalled|totaled|counts|насчитыва|налічва|налічу|нарахову|имеет|мае|має|налич)/;
/** A force's standing strength: "48,000 ACTIVE personnel", "a TOTAL of 60,000", "в строю", "всего". */
const STRENGTH = /^(active|active-duty|regular|standing|total|overall|combined|действующ|регулярн|кадров|дзеючай|дзеючых|чинн|регулярн|всего|усяго|загалом|общая|общей|агульная|загальна)/;

/** After the count: "48,000 men ON ACTIVE duty", "на ДЕЙСТВИТЕЛЬНОЙ службе", "в СТРОЮ": the men serving, not those sent. */
const STRENGTH_AFTER = new Set(['active', 'действительной', 'действующей', 'строю', 'дійсній', 'дійсної', 'чинній', 'дзейнай', 'страі']);
/** The army itself as a subject (nominative), which a dash equates with a count: "армия — это около 48 тысяч". */
const ARMY_SUBJECT = new Set(['армия', 'армія', 'войско', 'військо']);

/** The count sizes the whole force ("the armed forces have 48,000 troops", "в армии около 48 тысяч"), no deployment. */
function readWhole(s: Sentence, q: Quantity): boolean {
  // "had about 48,000 active military personnel", "a total of 60,000 troops": the strength of the whole force
  for (let k = Math.max(0, q.i - 3); k < q.j; k++) if (STRENGTH.test(s.tokens[k]!.n)) return true;
  for (let k = q.j; k < Math.min(s.tokens.length, q.j + 3); k++) if (STRENGTH_AFTER.has(s.tokens[k]!.n)) return true;
  // "Белорусская армия — это, по справочникам, около 48 тысяч": the dash of a Slavic copula, across an aside
  for (let k = q.i - 1; k >= Math.max(0, q.i - 8); k--) {
    if (!ARMY_SUBJECT.has(s.tokens[k]!.n)) continue;
    const gap = s.text.slice(s.tokens[k]!.e, s.tokens[k + 1]!.s);
    if ((gap.includes('—') || gap.includes('–')) && !/[;:()]/.test(s.text.slice(s.tokens[k]!.e, s.tokens[q.i]!.s))) return true;
    break;
  }
  for (const h of s.hits) {
    if (h.key !== 'army' || h.j > q.i || q.i - h.j > 4) continue;
    if (/[;:()]/.test(s.text.slice(s.tokens[h.j - 1]!.e, s.tokens[q.i]!.s))) continue;
    // "in the armed forces, about 48,000": the count right after the whole it is in
    if (q.i - h.j <= 1 && !s.text.slice(s.tokens[h.j - 1]!.e, s.tokens[q.i]!.s).includes(',')) for (let k = Math.max(0, h.i - 3); k < h.i; k++) if (IN_WHOLE.has(s.tokens[k]!.n)) return true;
    for (let k = h.j; k < q.i; k++) if (HAS.test(s.tokens[k]!.n)) return true;
  }
  return false;
}

/** Words after which a country is a place ("the border with Ukraine"), not the owner of the troops. */
const PLACE_BEFORE = /^(with|to|into|toward|towards|near|along|from|at|in|inside|on|opposite|facing|across|against|против|супраць|проти|border|frontier|з|с|со|до|к|ко|у|в|во|ў|на|від|ад|от|аж|ля|каля|около|возле|біля|вдоль|уздоўж|уздовж|напротив|насупраць|навпроти|граница|границе|границы|кордон|кордону|кордоні|мяжа|мяжы|мяжу)$/;

/**
 * A troop number belongs to the topic's side unless another actor is named closer to it: a country
 * ("120,000 Ukrainian troops"), or a place outside the topic's subject standing before the number as the one
 * who acts ("accused Kyiv of concentrating 120,000 soldiers": a capital speaks for its country).
 */
export function ownTroops(s: Sentence, q: Quantity, ctx: StanceContext): boolean {
  if (q.kind !== 'count' || q.unit !== 'troops') return true;
  return (facts(s, q, ctx) & OWN) !== 0;
}

const OWN = 1;
const EACH = 2;
const IF = 4;
const WHOLE = 8;
/** What a quantity's context says of it, read once per quantity (many claims compare the same number). */
function facts(s: Sentence, q: Quantity, ctx: StanceContext): number {
  if (q.context === undefined) {
    const owner = q.kind === 'count' && q.unit === 'troops' ? actorNear(s, q.i, q.j, ctx) : null;
    q.context = (!owner || ctx.subjectKeys.has(owner.key) ? OWN : 0) | (readDistributive(s, q) ? EACH : 0) | (readHypothetical(s, q) ? IF : 0) | (q.kind === 'count' && readWhole(s, q) ? WHOLE : 0);
  }
  return q.context;
}

/** The actor nearest to tokens [i, j): a country, or a named place in subject position before it; null if none. */
export function actorNear(s: Sentence, i: number, j: number, ctx: StanceContext, beforeOnly = false): Hit | null {
  let nearest: Hit | null = null;
  let dist = Infinity;
  for (const h of s.hits) {
    const kind = h.rec.kind; // (ctx.kinds.get(h.key), from the key's record)
    const place = kind === 'place';
    if (kind !== 'country' && !place) continue;
    // a place counts only as the one who acts, before the number; a subject place ("to Gomel") names where
    if (place && (h.j > i || ctx.subjectKeys.has(h.key))) continue;
    if (h.i > 0 && PLACE_BEFORE.test(s.tokens[h.i - 1]!.n)) continue;
    // "the Ukrainian border", "украинской границы": the country names the border, not the troops
    if (s.hits.some((b) => b.i === h.j && ctx.placeKeys.has(b.key))) continue;
    const d = h.i >= j ? h.i - j : i >= h.j ? (i - h.j) * 1.5 : 0;
    if (h.i >= j && (beforeOnly || h.i - j > 2)) continue;
    if (d < dist) {
      dist = d;
      nearest = h;
    }
  }
  return nearest;
}

/** Words of a hypothetical or of arithmetic on someone's figure ("a third would mean 15,000", "это означало бы 15 тысяч"). */
const HYPOTHETICAL = new Set(['would', "would've", 'бы', 'б']);

/** A figure stated only as what would follow ("would mean fifteen thousand") is no report of a count. */
export function hypothetical(s: Sentence, q: Quantity): boolean {
  return q.context === undefined ? readHypothetical(s, q) : (q.context & IF) !== 0;
}

/** Openers of a clause of purpose: "ЧТОБЫ перебросить 16 тысяч", "щоб перекинути", "каб перакінуць", "in order to move". */
const PURPOSE = new Set(['чтобы', 'чтоб', 'щоб', 'щоби', 'каб', 'order']);
/** An infinitive after the opener: Slavic "-ть/-ти/-ць/-чь" (reflexive "-ться/-тися/-цца"), English "to". */
const INFINITIVE = /^(to|\S+(ть|ти|ць|чь|ться|тися|тись|цца))$/;

function readHypothetical(s: Sentence, q: Quantity): boolean {
  for (let k = Math.max(0, q.i - 4); k < q.i; k++) {
    const w = s.tokens[k]!.n;
    // ("I would say 400": the speaker's own estimate, no hypothetical)
    if (HYPOTHETICAL.has(w) && !s.ownEstimateAt(k)) return true;
    // "to move 16,000 men would take dozens of trains": a figure in a clause of purpose is what a step would take
    if (PURPOSE.has(w) && INFINITIVE.test(s.tokens[k + 1]?.n ?? '') && k + 1 < q.i) return true;
  }
  return false;
}

const PART_OF = new Set(['of', 'из', 'з', 'із', 'са', 'со']);
const THEM = new Set(['them', 'those', 'these', 'них', 'их', 'іх', 'їх', 'ix']);

/** A number counting part of a force named before ("300 of them", "300 из них", "300 з іх"): its figures are the part's. */
export function partitive(s: Sentence): boolean {
  // (asked once per claim compared with the sentence: the answer for the last sentence is kept)
  if (s === partitiveSentence) return partitiveAnswer;
  let found = false;
  for (const q of s.quantities) {
    for (let k = q.j; k <= q.j + 1; k++) if (PART_OF.has(s.tokens[k]?.n ?? '') && THEM.has(s.tokens[k + 1]?.n ?? '')) found = true;
    if (found) break;
  }
  partitiveSentence = s;
  partitiveAnswer = found;
  return found;
}

/** The last sentence partitive read, and its answer (sentences are judged claim after claim, one at a time). */
let partitiveSentence: Sentence | null = null;
let partitiveAnswer = false;

/** Words that make a number a share of each unit, not a total ("each have about 400 men", "по 400 человек"). */
const EACH_BEFORE = new Set(['each', 'every', 'apiece', 'per', 'каждый', 'каждая', 'каждое', 'каждом', 'каждого', 'каждой', 'каждую', 'кожны', 'кожная', 'кожнае', 'кожным', 'кожнай', 'кожен', 'кожна', 'кожне', 'кожному', 'кожній', 'кожного', 'по', 'па']);
const EACH_AFTER = new Set(['каждый', 'каждая', 'каждом', 'кожны', 'кожная', 'кожен', 'кожна', 'кожному', 'кожній']);

/** A number counted per unit ("each", "по", "per battalion") says nothing about the total. */
export function distributive(s: Sentence, q: Quantity): boolean {
  return q.context === undefined ? readDistributive(s, q) : (q.context & EACH) !== 0;
}

/** /[,;:]/.test(text.slice(from, to)), without the slice. */
function clauseMark(text: string, from: number, to: number, strongOnly = false): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    // (strongOnly: a semicolon, colon or dash; commas left to the words)
    if ((c === 44 && !strongOnly) || c === 59 || c === 58 || (strongOnly && (c === 8212 || c === 8211))) return true;
  }
  return false;
}

function readDistributive(s: Sentence, q: Quantity): boolean {
  for (let k = q.i - 1; k >= Math.max(0, q.i - 16); k--) {
    const w = s.tokens[k]!.n;
    // "по" / "па" only right before the number ("по 400 человек"; not "по данным"); the others within the clause
    if (EACH_BEFORE.has(w) && (k === q.i - 1 || (w !== 'по' && w !== 'па'))) return true;
    if (clauseMark(s.text, s.tokens[k]!.e, s.tokens[k + 1]!.s)) break;
  }
  const next = s.tokens[q.j]?.n;
  const after = s.tokens[q.j + 1]?.n ?? '';
  if (next === 'each' || next === 'apiece' || next === 'per') return true;
  if ((next === 'на' || next === 'a') && EACH_AFTER.has(after)) return true;
  return next === 'a' && /^(battalion|brigade|unit|company|regiment)$/.test(after);
}
