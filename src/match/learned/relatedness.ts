import { analyzeArticle, analyzeClaim } from './analysis-cache.ts';
import { shippedScorer } from './shipped-scorer.ts';

/** Probability (0..1) that the article is about the claim's story at all — discusses/supports/contradicts
 *  vs unrelated. Logistic regression on overlap features (word, IDF-weighted, TF-IDF cosine, lead, best
 *  sentence, bigrams, numbers, names) trained by scripts/train-relatedness.ts on the FNC-1 train part.
 *  Pure: no I/O beyond the static weights import. 0.5 is the trained decision point. */
export function scoreRelatedness(claimText: string, articleText: string): number {
  return shippedScorer.relatedness(analyzeClaim(claimText), analyzeArticle(articleText));
}
