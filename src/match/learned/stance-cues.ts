import { z } from 'zod';
import weights from './stance-weights.json' with { type: 'json' };
import { idf } from './idf.ts';
import { LinearModelSchema, predictProba } from './linear-model.ts';
import { stanceFeatures } from './pair-features.ts';
import { analyzeArticle, analyzeClaim } from './analysis-cache.ts';

const model = LinearModelSchema.and(z.object({ lexicon: z.array(z.string()) })).parse(weights);
const index = (c: string) => {
  const i = model.classes.indexOf(c);
  if (i < 0) throw new Error(`match/learned: stance-weights.json lacks class "${c}"`);
  return i;
};
const AGREE = index('agree');
const DISAGREE = index('disagree');
const DISCUSS = index('discuss');

export interface StanceScores {
  supports: number;
  contradicts: number;
  discusses: number;
}

/** For a pair already judged related: probabilities (summing to 1) that the article supports,
 *  contradicts or only discusses the claim, from refute/hedge/support/negation cue counts in the whole
 *  body, in the three sentences closest to the claim, in the lead and in the claim itself. Trained by
 *  scripts/train-relatedness.ts on the FNC-1 train part. A cue model, not a reader: use it to break
 *  ties or when the rules find no comparable fact. Pure, no I/O beyond the static weights import. */
export function scoreStanceCues(claimText: string, articleText: string): StanceScores {
  const p = predictProba(model, stanceFeatures(analyzeClaim(claimText), analyzeArticle(articleText), idf, model.lexicon));
  return { supports: p[AGREE]!, contradicts: p[DISAGREE]!, discusses: p[DISCUSS]! };
}
