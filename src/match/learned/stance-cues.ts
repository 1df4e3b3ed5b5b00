import { analyzeArticle, analyzeClaim } from './analysis-cache.ts';
import { shippedScorer } from './shipped-scorer.ts';
import type { StanceScores } from './learned-scorer.ts';

export type { StanceScores } from './learned-scorer.ts';

/** For a pair already judged related: probabilities (summing to 1) that the article supports,
 *  contradicts or only discusses the claim, from refute/hedge/support/negation cue counts in the whole
 *  body, in the three sentences closest to the claim, in the lead and in the claim itself, plus a small
 *  learned lexicon of generic cue stems. Trained by scripts/train-relatedness.ts on the FNC-1 train part.
 *  A cue model, not a reader: use it to break ties or when the rules find no comparable fact.
 *  Pure, no I/O beyond the static weights import. */
export function scoreStanceCues(claimText: string, articleText: string): StanceScores {
  return shippedScorer.stance(analyzeClaim(claimText), analyzeArticle(articleText));
}
