import { analyzeArticle, analyzeClaim } from '../../src/match/learned/analysis-cache.ts';
import type { LearnedScorer } from '../../src/match/learned/learned-scorer.ts';
import { shippedScorer } from '../../src/match/learned/shipped-scorer.ts';
import type { TextAnalysis } from '../../src/match/learned/text-analysis.ts';
import type { FncPredictor } from './fnc-predictor.ts';
import type { FncStance } from './fnc-types.ts';

/** Relatedness gate at `threshold`, then the most probable stance. */
export function learnedLabel(scorer: LearnedScorer, claim: TextAnalysis, body: TextAnalysis, threshold = 0.5): FncStance {
  if (scorer.relatedness(claim, body) < threshold) return 'unrelated';
  const s = scorer.stance(claim, body);
  if (s.contradicts >= s.supports && s.contradicts >= s.discusses) return 'disagree';
  return s.supports >= s.discusses ? 'agree' : 'discuss';
}

/** The learned models alone (no rules): a reference row for the engine's figures, and a check that the
 *  shipped weights still do what training reported. */
export function createLearnedPredictor(scorer: LearnedScorer = shippedScorer): FncPredictor {
  return {
    name: 'learned (relatedness gate 0.5 + stance cues, no rules)',
    predict: (headline, body) => learnedLabel(scorer, analyzeClaim(headline), analyzeArticle(body)),
  };
}
