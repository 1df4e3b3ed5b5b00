import relatednessJson from './relatedness-weights.json' with { type: 'json' };
import stanceJson from './stance-weights.json' with { type: 'json' };
import { idf } from './idf.ts';
import { LinearModelSchema } from './linear-model.ts';
import { createLearnedScorer, StanceModelSchema } from './learned-scorer.ts';

// Validated once at load: a hand-edited or truncated weights file must fail loudly, not score silently wrong.
export const shippedScorer = createLearnedScorer({
  idf,
  relatedness: LinearModelSchema.parse(relatednessJson),
  stance: StanceModelSchema.parse(stanceJson),
});
