import type { Sentence } from '../analyze-article.ts';
import { G } from '../lexicon/builtin-phrases.ts';
import type { Cond } from '../terms.ts';

/** Uncertain wording: a hedge, a question, or "some say ... others ...". Enough to stop a support. */
export function isHedged(s: Sentence): boolean {
  return (s.uncertainty & 1) !== 0;
}

/** Hedged, or only possible ("could", "if"): enough to stop a contradiction. */
export function isUncertain(s: Sentence): boolean {
  return s.uncertainty !== 0;
}

/** Conjunctions that open a condition: what comes before them is asserted, only what follows is conditional. */
const CONDITIONAL = new Set(['if', 'unless', 'если', 'калі', 'якщо', 'якби', 'если бы']);

/**
 * Uncertain for these words: hedged, or only possible. A condition clause after the words ("61% support it if
 * security requires it") leaves them asserted.
 */
export function isUncertainFor(s: Sentence, cond: Cond): boolean {
  if (s.uncertainty === 0) return false;
  if ((s.uncertainty & 1) !== 0) return true;
  let last = -1;
  for (const k of cond) {
    const h = s.hits.find((x) => x.key === k && x.group !== G.cue);
    if (h) last = Math.max(last, h.j);
  }
  for (const h of s.hits) {
    if (h.group !== G.cue || h.key !== 'modal') continue;
    const word = s.text.slice(s.tokens[h.i]!.s, s.tokens[h.j - 1]!.e).toLowerCase();
    if (!(CONDITIONAL.has(word) && last >= 0 && h.i >= last)) return true;
  }
  return false;
}
