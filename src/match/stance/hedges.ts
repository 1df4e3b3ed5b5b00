import type { Sentence } from '../analyze-article.ts';

/** Uncertain wording: a hedge, a question, or "some say ... others ...". Enough to stop a support. */
export function isHedged(s: Sentence): boolean {
  return (s.uncertainty & 1) !== 0;
}

/** Hedged, or only possible ("could", "if"): enough to stop a contradiction. */
export function isUncertain(s: Sentence): boolean {
  return s.uncertainty !== 0;
}
