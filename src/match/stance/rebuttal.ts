import type { Sentence } from '../analyze-article.ts';
import type { CompiledClaim } from '../compile-claims.ts';
import { G } from '../lexicon/builtin-phrases.ts';
import { isUncertain } from './hedges.ts';
import { ownTroops } from './quantity-compare.ts';
import { timing } from './timing.ts';
import type { Signal, StanceContext } from './types.ts';

/** How many sentences after a statement of the claim a rebuttal may come. */
const REACH = 3;
/** Cues of a rebuttal: a denial, a disagreement with the assessment, a verdict ("that is wrong"). */
const REBUTTING = new Set(['denial', 'dispute', 'rebut']);

/** After all sentences: a statement of the claim followed by a denial contradicts it (quote, then rebuttal). */
export function findRebuttals(claim: CompiledClaim, signals: Signal[], ctx: StanceContext): void {
  if (claim.polarity === 'negative') return;
  const sentences = ctx.article.sentences;
  const stated = signals.filter((x) => x.stance !== 'contradicts' && !x.sentence.isTitle);
  for (const sig of stated) {
    // the rebuttal follows within a few sentences, in the same paragraph or the next one ("... said X. / That is wrong.")
    for (let k = sig.sentence.index + 1; k <= Math.min(sentences.length - 1, sig.sentence.index + REACH); k++) {
      const t = sentences[k]!;
      if (t.paragraph > sig.sentence.paragraph + 1) break;
      const denial = t.hits.find((h) => h.group === G.cue && REBUTTING.has(h.key));
      if (!denial || isUncertain(t) || timing(claim, t, sentences, ctx.article.published).later) continue;
      if (!refersBack(t, claim, ctx)) continue;
      signals.push({ stance: 'contradicts', confidence: 0.65, sentence: t, stated: sig.sentence, reason: `a rebuttal ("${t.words(denial)}") follows a statement of the claim`, comparisons: [] });
      return;
    }
  }
}

const BACK_REFERENCE = /^(this|that|it|these|those|such|claim|claims|statement|figure|words|это|этот|эта|эту|эти|этого|этой|то|такие|заявлени[ея]|цифр[аыу]|слова|гэта|гэты|гэтая|гэтую|гэтыя|гэтага|заяв[аыу]|лічб[аыу]|словы|це|цей|ця|цю|цього|такі|заяв[аиу]|цифр[аиу]|падобнага|подобного|подібного)$/;

/** A rebuttal must be about the claim: it shares one of its content words, or it is short and points back ("That is not true"). */
function refersBack(t: Sentence, claim: CompiledClaim, ctx: StanceContext): boolean {
  // "experts call Lukashenko's words an exaggeration": a rebuttal of someone the claim does not name is about their words
  let otherPerson = false;
  for (const k of t.keys) {
    if (ctx.kinds.get(k) !== 'person') continue;
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
  return t.tokens.length <= 16 && t.tokens.some((x) => BACK_REFERENCE.test(x.n));
}

