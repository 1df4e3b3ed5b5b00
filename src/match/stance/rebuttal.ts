import { cueMask, type Sentence } from '../analyze-article.ts';
import type { ClaimQuantity, CompiledClaim } from '../compile-claims.ts';
import { G } from '../lexicon/builtin-phrases.ts';
import type { Hit } from '../lexicon/phrase-index.ts';
import { answeredNo, speakerLabelEnd } from './answer-no.ts';
import { findCarriedContradiction } from './carried-reference.ts';
import { isUncertain } from './hedges.ts';
import { negatedCue, negatedNear } from './negation.ts';
import type { Quantity } from '../parse/quantities.ts';
import type { Comparison } from '../types.ts';
import { deniedFigure, distributive, hypothetical, ownTroops, partitive } from './quantity-compare.ts';
import { beforeThen, timing } from './timing.ts';
import type { Signal, StanceContext } from './types.ts';

/** How many sentences after a statement of the claim a rebuttal may come. */
const REACH = 3;
/** Cues of a rebuttal: a denial, a disagreement with the assessment, a verdict ("that is wrong"). */
const REBUTTING = new Set(['denial', 'dispute', 'rebut']);
/** A sentence without any of these cues holds no rebuttal (one test of the sentence's cue bits). */
const REBUTTAL_CUES = cueMask(['denial', 'dispute', 'rebut', 'actual', 'negation', 'absent']);

/**
 * After all sentences: a statement of the claim followed by a denial contradicts it (quote, then rebuttal); or
 * followed by a sentence that says otherwise of the statement's thing, named there by a pronoun or a bare noun.
 */
export function findRebuttals(claim: CompiledClaim, signals: Signal[], ctx: StanceContext): void {
  readRebuttals(claim, signals, ctx);
  for (let n = 0; n < signals.length; n++) if (signals[n]!.stance === 'contradicts') return;
  findCarriedContradiction(claim, signals, ctx);
}

function readRebuttals(claim: CompiledClaim, signals: Signal[], ctx: StanceContext): void {
  // A claim of an absence ("no threat") is only rebutted by a disagreement or a verdict: a denial after it ("Minsk
  // denied any threat") agrees with it.
  if (claim.polarity === 'negative') return findDisagreement(claim, signals, ctx);
  const sentences = ctx.article.sentences;
  const stated = signals.filter((x) => x.stance !== 'contradicts' && !x.sentence.isTitle);
  // a sentence within reach of several statements is read once (what it says does not depend on which)
  let scanned = -1;
  for (const sig of stated) {
    // a back reference read too far from this statement is read again for the next one (it may point to that one)
    let again = Infinity;
    // the rebuttal follows within a few sentences, in the same paragraph or the next one ("... said X. / That is wrong.")
    for (let k = Math.max(sig.sentence.index, scanned) + 1; k <= Math.min(sentences.length - 1, sig.sentence.index + REACH); k++) {
      const t = sentences[k]!;
      if (t.paragraph > sig.sentence.paragraph + 1) break;
      scanned = k;
      if ((t.cueBits & REBUTTAL_CUES) === 0) continue;
      const denial =
        t.hits.find((h) => h.group === G.cue && REBUTTING.has(h.key) && !negatedCue(t, h)) ??
        inReality(t, claim, ctx) ??
        (sig.stance === 'supports' ? negatedRestatement(t, sig.sentence, claim, ctx) : null) ??
        answeredNo(t, sentences[k - 1]!, sig.sentence);
      // ("before that, there were none": what was absent before the event is no rebuttal of it)
      if (!denial || isUncertain(t) || beforeThen(t) || (denial.key === 'dispute' && t.cues.has('others')) || timing(claim, t, sentences, ctx.article.published).later) continue;
      // "no such movement", "ничего подобного" point back by themselves
      // "nothing of the kind" points back to the sentence just before it only
      const such = denial.key === 'rebut' && SUCH.test(t.words(denial));
      if (such && k !== sig.sentence.index + 1) continue;
      const pointsBack = denial.key === 'actual' || denial.key === 'negation' || denial.key === 'absent' || such;
      if (!pointsBack) {
        const near = nothingNewBetween(sentences, sig.sentence.index, k, ctx);
        if (!refersBack(t, claim, ctx, near)) {
          if (!near) again = Math.min(again, k);
          continue;
        }
      }
      signals.push({ stance: 'contradicts', confidence: 0.65, sentence: t, stated: sig.sentence, reason: `a rebuttal ("${t.words(denial)}") follows a statement of the claim`, comparisons: [] });
      return;
    }
    if (again !== Infinity) scanned = Math.min(scanned, again - 1);
  }
  // a contrary figure answers a statement of the claim's own figure
  if (claim.quantities.length) findContraryFigures(claim, stated.filter((x) => x.comparisons.length > 0), signals, ctx);
}

/**
 * No sentence between the statement and sentence k reports something of its own (a place or action of the topic):
 * a back reference ("this", "it", "цей інцидент") in k can still point to the statement ("X said Y. It was a
 * striking claim. It is not borne out.") and not to another report ("A group crossed the border. Minsk denies this.").
 */
function nothingNewBetween(sentences: readonly Sentence[], from: number, k: number, ctx: StanceContext): boolean {
  for (let n = from + 1; n < k; n++) if (ctx.placeOrAction(sentences[n]!)) return false;
  return true;
}

const SUCH = /such|kind|sort|подобн|такого|падобн|такога|подібн/iu;

/** A support of a claim of an absence followed by a disagreement ("Kyiv disagrees.") or a verdict ("That is wrong"). */
function findDisagreement(claim: CompiledClaim, signals: Signal[], ctx: StanceContext): void {
  const sentences = ctx.article.sentences;
  let scanned = -1;
  for (const sig of signals) {
    if (sig.stance !== 'supports' || sig.sentence.isTitle) continue;
    for (let k = Math.max(sig.sentence.index, scanned) + 1; k <= Math.min(sentences.length - 1, sig.sentence.index + REACH); k++) {
      const t = sentences[k]!;
      if (t.paragraph > sig.sentence.paragraph + 1) break;
      scanned = k;
      // ("Do you agree? / No, ...": the question points back to the statement)
      const no = t.cues.has('negation') ? answeredNo(t, sentences[k - 1]!, sig.sentence) : null;
      if (!no && !t.cues.has('dispute') && !t.cues.has('rebut')) continue;
      const cue = no ?? t.hits.find((h) => h.group === G.cue && (h.key === 'dispute' || h.key === 'rebut') && !negatedCue(t, h));
      // "other experts disagree": a debate among experts, not a rebuttal
      if (!cue || isUncertain(t) || t.cues.has('others') || signals.some((x) => x.sentence === t && x.stance === 'supports')) continue;
      // "Kyiv disagrees.": a sentence that is only the disagreement points back by itself
      if (!no && !(cue.key === 'rebut' && SUCH.test(t.words(cue))) && t.tokens.length > 6 && !refersBack(t, claim, ctx, nothingNewBetween(sentences, sig.sentence.index, k, ctx))) continue;
      signals.push({ stance: 'contradicts', confidence: 0.65, sentence: t, stated: sig.sentence, reason: `a disagreement ("${t.words(cue)}") follows a statement of the claim`, comparisons: [] });
      return;
    }
  }
}

/** Cues that set a figure against what was just reported: "in fact", "the real number", "only", "no more than". */
const SET_AGAINST = cueMask(['contrast', 'actual', 'denial', 'dispute', 'rebut', 'only', 'small']);
/** Qualifiers that bound a figure from above ("no more than", "only"). */
const BOUND = new Set(['upto', 'less', 'only']);
/** A bare number is a count when the sentence speaks of a number of people ("the true number is closer to 5,000"). */
const NUMBER_WORD = /\b(number|figure|total|count|estimate)|(численност|количеств|число|цифр|колькасц|лічб|кількіст|чисельн)/iu;

/**
 * A statement of the claim followed by another figure for the same thing, set against it ("Analysts counted
 * 1,100. In fact about 5,000 arrived."): the later figure, outside the claim's interval, contradicts it.
 */
function findContraryFigures(claim: CompiledClaim, stated: Signal[], signals: Signal[], ctx: StanceContext): void {
  const sentences = ctx.article.sentences;
  let scanned = -1;
  for (const sig of stated) {
    for (let k = Math.max(sig.sentence.index, scanned) + 1; k <= Math.min(sentences.length - 1, sig.sentence.index + REACH); k++) {
      const t = sentences[k]!;
      if (t.paragraph > sig.sentence.paragraph + 1) break;
      scanned = k;
      const setAgainst = (t.cueBits & SET_AGAINST) !== 0;
      const qs = t.quantities;
      if (qs.length === 0 || (!setAgainst && !qs.some((q) => BOUND.has(q.qualifier ?? ''))) || isUncertain(t) || partitive(t)) continue;
      for (const q of qs) {
        if (q.yearLike || q.generic || (!setAgainst && !BOUND.has(q.qualifier ?? ''))) continue;
        // ("consistent with a few battalions, but not with tens of thousands": a figure under a negation is denied)
        if (!ownTroops(t, q, ctx) || distributive(t, q) || hypothetical(t, q) || deniedFigure(t, q)) continue;
        for (const c of claim.quantities) {
          const cmp = compareFigure(c, q, t);
          if (!cmp || cmp.agrees || timing(claim, t, sentences, ctx.article.published).later) continue;
          signals.push({ stance: 'contradicts', confidence: 0.7, sentence: t, stated: sig.sentence, reason: `${cmp.fact} ${cmp.found} set against the claimed ${cmp.claimed}`, comparisons: [cmp] });
          return;
        }
      }
    }
  }
}

function compareFigure(c: ClaimQuantity, q: Quantity, t: Sentence): Comparison | null {
  const overlap = (a: number, b: number) => q.max >= a && q.min <= b;
  const count = (q.kind === 'count' && q.unit === 'troops') || (q.kind === 'number' && q.value >= 100 && NUMBER_WORD.test(t.text));
  if (c.kind === 'count' && (count || (q.kind === 'count' && q.unit === c.unit))) return { fact: 'count', found: q.text, claimed: c.label, agrees: overlap(c.min, c.max) };
  if (c.kind === 'distance' && q.kind === 'distance' && q.fromPoint) return { fact: 'distance', found: q.text, claimed: c.label, agrees: overlap(c.min, c.max) };
  if (c.kind === 'share' && q.kind === 'share' && q.ofArmy) return { fact: 'share of the army', found: q.text, claimed: c.label, agrees: overlap(c.min, c.max) };
  if (c.kind === 'share' && c.base && count) {
    const agrees = q.max / c.base >= c.min && q.min / c.base <= c.max;
    return { fact: 'share of the army', found: `${q.text} (about ${Math.round((q.value / c.base) * 100)}% of ~${c.base})`, claimed: c.label, agrees };
  }
  return null;
}

const BACK_REFERENCE = /^(this|that|it|these|those|such|they|he|she|both|claim|claims|point|statement|figure|figures|number|numbers|estimate|estimates|words|он|она|ён|яна|він|вона|оба|обе|абодва|абедзве|обидва|обидві|они|яны|вони|тезис|тэзіс|теза|это|этот|эта|эту|эти|этого|этой|то|такие|заявлени[ея]|цифр[аыу]|слова|гэта|гэты|гэтая|гэтую|гэтыя|гэтага|заяв[аыу]|лічб[аыу]|словы|це|цей|ця|цю|цього|такі|заяв[аиу]|цифр[аиу]|падобнага|подобного|подібного)$/;

/**
 * "Khrenin said troops were being moved toward Gomel. / Border guards see no movement toward Gomel.": the next
 * sentences negate a word of the claim that the statement used, next to one that only few claims use. Returns the negation.
 */
function negatedRestatement(t: Sentence, stated: Sentence, claim: CompiledClaim, ctx: StanceContext): Hit | null {
  if (!t.cues.has('negation') && !t.cues.has('absent')) return null;
  const shared: string[] = [];
  let specific = false;
  for (const k of t.keys) {
    const kind = ctx.kinds.get(k);
    if (!stated.keys.has(k) || !claim.allKeys.has(k) || kind === 'country' || kind === 'person') continue;
    shared.push(k);
    // a word few claims use ("Gomel", "direction") ties the denial to this claim; "movement" alone does not
    if ((ctx.claimsPerKey.get(k) ?? 0) <= 2) specific = true;
  }
  if (!specific) return null;
  const n = negatedNear(t, shared);
  return n && n.key !== 'denial' ? n : null;
}

const BACK_ADVERB = /^(there|then|туда|там|туды|туди|тады|тогда|тоді)$/;
const LESS_CUES = new Set(['only', 'small', 'negation', 'absent']);

/**
 * "In reality, only two battalions were sent there": the true state, set against the report with "only" or
 * a negation, in a sentence that points back to it (a word of the claim, or "there"). Not when its figures agree.
 */
function inReality(t: Sentence, claim: CompiledClaim, ctx: StanceContext): Hit | null {
  if (!t.cues.has('actual')) return null;
  const actual = t.hits.find((h) => h.group === G.cue && h.key === 'actual');
  if (!actual || !t.hits.some((h) => h.group === G.cue && LESS_CUES.has(h.key) && h.i >= actual.i)) return null;
  let back = t.tokens.some((x) => BACK_ADVERB.test(x.n));
  for (const k of t.keys) if (claim.allKeys.has(k) && ctx.kinds.get(k) !== 'country' && ctx.kinds.get(k) !== 'person') back = true;
  if (!back) return null;
  for (const q of t.quantities) for (const c of claim.quantities) if (compareFigure(c, q, t)?.agrees) return null;
  return actual;
}

/** After a pronoun, a verb that makes it the subject of a new clause. */
const CLAUSE_VERB = /^(was|is|were|are|had|has|have|would|will|could|did|does|plans|planned)$/;

/** A rebuttal must be about the claim: it shares one of its content words, or it is short and points back ("That is not true"). */
function refersBack(t: Sentence, claim: CompiledClaim, ctx: StanceContext, adjacent: boolean): boolean {
  // "experts call Lukashenko's words an exaggeration": a rebuttal of someone the claim does not name is about their words
  // (the speaker's label of a transcript names who rebuts, not whose words: "Franak Viačorka: he is lying")
  let otherPerson = false;
  const label = speakerLabelEnd(t);
  for (const h of t.hits) {
    const k = h.key;
    if (h.rec.kind !== 'person' || h.i < label) continue;
    if (claim.allKeys.has(k)) {
      otherPerson = false;
      break;
    }
    otherPerson = true;
  }
  if (otherPerson) return false;
  for (const k of t.keys) {
    if (!claim.allKeys.has(k) || (ctx.claimsPerKey.get(k) ?? 0) > 2) continue;
    const kind = ctx.kinds.get(k);
    if (kind !== 'country' && kind !== 'person') return true;
  }
  for (const q of t.quantities) if (q.kind !== 'number' && ownTroops(t, q, ctx) && claim.quantities.some((c) => c.kind === q.kind || (c.kind === 'share' && q.kind === 'count'))) return true;
  // "this", "it", "цей інцидент" point to the sentence just before: another report may stand between ("A patrol was
  // fired on. Minsk denies this incident.")
  if (t.tokens.length > 16 || !adjacent) return false;
  // a short sentence with a place or action of its own rebuts something else ("Kyiv denied it was preparing an attack")
  // (its content words were no claim's own above: a place or an action of the topic there is something else)
  if (ctx.placeOrAction(t)) return false;
  // the back reference is what is denied: next to the cue, not the subject of a new clause ("denied it WAS preparing")
  const cue = t.hits.find((h) => h.group === G.cue && REBUTTING.has(h.key));
  return t.tokens.some((x, k) => BACK_REFERENCE.test(x.n) && (!cue || (k >= cue.i - 4 && k <= cue.j + 2)) && !(cue && k >= cue.j && CLAUSE_VERB.test(t.tokens[k + 1]?.n ?? '')));
}

