import { scoreRelatedness } from '../../src/match/learned/relatedness.ts';
import { scoreStanceCues } from '../../src/match/learned/stance-cues.ts';
import type { FncPredictor } from './fnc-predictor.ts';

/** The learned models alone (no rules): relatedness gate at 0.5, then the most probable stance. A reference
 *  row for the engine's figures, and a check that the shipped weights still do what training reported. */
export function createLearnedPredictor(threshold = 0.5): FncPredictor {
  return {
    name: 'learned',
    predict(headline, body) {
      if (scoreRelatedness(headline, body) < threshold) return 'unrelated';
      const s = scoreStanceCues(headline, body);
      if (s.contradicts >= s.supports && s.contradicts >= s.discusses) return 'disagree';
      return s.supports >= s.discusses ? 'agree' : 'discuss';
    },
  };
}
