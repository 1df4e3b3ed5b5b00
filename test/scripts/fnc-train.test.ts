import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { readFncBodies, readFncStances } from '../../scripts/lib/fnc-csv.ts';
import { AnalysisStore, trainModels, type LabelledPair } from '../../scripts/lib/fnc-train.ts';
import { idfLookup } from '../../scripts/lib/fnc-idf-build.ts';
import { createLearnedScorer } from '../../src/match/learned/learned-scorer.ts';
import { learnedLabel } from '../../scripts/lib/fnc-learned-predictor.ts';

const fx = (name: string) => resolve(import.meta.dirname, '../fixtures/fnc', name);
const bodies = readFncBodies(fx('bodies.csv'));
const pairs = readFncStances(fx('stances.csv')) as LabelledPair[];
const opts = { lexiconPerClass: 5, minStories: 1 };

describe('trainModels', () => {
  it('learns only from the pairs it is given (IDF over their bodies) and is deterministic', () => {
    const some = pairs.filter((p) => p.bodyId !== 44);
    const a = trainModels(some, new AnalysisStore(bodies), opts);
    const b = trainModels(some, new AnalysisStore(bodies), opts);
    expect(a).toEqual(b);
    expect(a.idfTable.docs).toBe(3);
    // "squid" is in bodies 7, 12 and 44; with 44 left out its df is 2 of 3 documents: ln(4/3) + 1
    expect(a.idfTable.terms['squid']).toBe(1.29);
    expect(trainModels(pairs, new AnalysisStore(bodies), opts).idfTable.terms['squid']).toBe(1.22); // df 3 of 4: ln(5/4) + 1
  });

  it('produces models the runtime scorer accepts, which separate the off-topic pairs', () => {
    const store = new AnalysisStore(bodies);
    const m = trainModels(pairs, store, opts);
    const scorer = createLearnedScorer({ idf: idfLookup(m.idfTable), relatedness: m.relatedness, stance: m.stance });
    const label = (h: string, id: number) => learnedLabel(scorer, store.claim(h), store.body(id));
    expect(label('Giant squid washes up on beach', 31)).toBe('unrelated');
    expect(label('Giant squid washes up on beach', 7)).not.toBe('unrelated');
  });
});
