import { z } from 'zod';
import { LinearModelSchema, predictProba } from './linear-model.ts';
import { relatednessFeatures, stanceFeatures, type IdfFn } from './pair-features.ts';
import type { TextAnalysis } from './text-analysis.ts';

export const StanceModelSchema = LinearModelSchema.and(z.object({ lexicon: z.array(z.string()) }));
export type StanceModel = z.infer<typeof StanceModelSchema>;

export interface StanceScores {
  supports: number;
  contradicts: number;
  discusses: number;
}

/** The learned parts as plain data: what the training script produces and the JSON files hold. */
export interface LearnedModels {
  idf: IdfFn;
  relatedness: z.infer<typeof LinearModelSchema>;
  stance: StanceModel;
}

export interface LearnedScorer {
  relatedness(claim: TextAnalysis, article: TextAnalysis): number;
  stance(claim: TextAnalysis, article: TextAnalysis): StanceScores;
}

function classIndex(classes: readonly string[], c: string): number {
  const i = classes.indexOf(c);
  if (i < 0) throw new Error(`match/learned: model lacks class "${c}" (has ${classes.join(', ')})`);
  return i;
}

/** Scores pairs of analysed texts with a given set of models (the shipped ones, or fresh ones in training). */
export function createLearnedScorer(models: LearnedModels): LearnedScorer {
  const related = classIndex(models.relatedness.classes, 'related');
  const [agree, disagree, discuss] = ['agree', 'disagree', 'discuss'].map((c) => classIndex(models.stance.classes, c)) as [number, number, number];
  return {
    relatedness: (claim, article) => predictProba(models.relatedness, relatednessFeatures(claim, article, models.idf))[related]!,
    stance(claim, article) {
      const p = predictProba(models.stance, stanceFeatures(claim, article, models.idf, models.stance.lexicon));
      return { supports: p[agree]!, contradicts: p[disagree]!, discusses: p[discuss]! };
    },
  };
}
