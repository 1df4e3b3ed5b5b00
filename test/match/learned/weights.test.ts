import { describe, expect, it } from 'vitest';
import relatedness from '../../../src/match/learned/relatedness-weights.json' with { type: 'json' };
import stance from '../../../src/match/learned/stance-weights.json' with { type: 'json' };
import idfTable from '../../../src/match/learned/idf-table.json' with { type: 'json' };
import { LinearModelSchema } from '../../../src/match/learned/linear-model.ts';
import { RELATEDNESS_FEATURES, stanceFeatureNames, relatednessFeatures, stanceFeatures } from '../../../src/match/learned/pair-features.ts';
import { analyzeText } from '../../../src/match/learned/text-analysis.ts';

// The shipped weights must belong to the feature code: a feature added or reordered without retraining
// would silently pair weights with the wrong inputs.
describe('shipped weights', () => {
  it('relatedness weights name exactly the features the code computes, in order', () => {
    const m = LinearModelSchema.parse(relatedness);
    expect(m.features).toEqual([...RELATEDNESS_FEATURES]);
    expect(m.classes).toEqual(['unrelated', 'related']);
    const x = relatednessFeatures(analyzeText('a b c'), analyzeText('a b c d'), () => 1);
    expect(x).toHaveLength(m.features.length);
  });

  it('stance weights name the hand features plus their learned lexicon', () => {
    const m = LinearModelSchema.parse(stance);
    expect(stance.lexicon.length).toBeGreaterThan(0);
    expect(m.features).toEqual(stanceFeatureNames(stance.lexicon));
    expect(m.classes).toEqual(['agree', 'disagree', 'discuss']);
    const x = stanceFeatures(analyzeText('a b c'), analyzeText('a b c d'), () => 1, stance.lexicon);
    expect(x).toHaveLength(m.features.length);
  });

  it('the IDF table ranks a rare word above a common one', () => {
    expect(idfTable.docs).toBeGreaterThan(1000);
    const terms = idfTable.terms as Record<string, number>;
    expect(terms['report']).toBeDefined();
    expect(terms['report']!).toBeLessThan(idfTable.defaultIdf);
  });
});
