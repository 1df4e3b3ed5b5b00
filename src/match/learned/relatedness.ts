import weights from './relatedness-weights.json' with { type: 'json' };
import { idf } from './idf.ts';
import { LinearModelSchema, predictProba } from './linear-model.ts';
import { relatednessFeatures } from './pair-features.ts';
import { analyzeArticle, analyzeClaim } from './analysis-cache.ts';

const model = LinearModelSchema.parse(weights);

/** Probability (0..1) that the article is about the claim's story at all — discusses/supports/contradicts
 *  vs unrelated. Logistic regression on overlap features (word, IDF-weighted, TF-IDF cosine, lead, best
 *  sentence, bigrams, numbers, names) trained by scripts/train-relatedness.ts on the FNC-1 train part.
 *  Pure: no I/O beyond the static weights import. 0.5 is the trained decision point. */
export function scoreRelatedness(claimText: string, articleText: string): number {
  const x = relatednessFeatures(analyzeClaim(claimText), analyzeArticle(articleText), idf);
  return predictProba(model, x)[1]!;
}
