import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { createMatcher } from '../../src/match/create-matcher.ts';
import { createEnginePredictor, headlineClaimsConfig, toFncStance } from '../../scripts/lib/fnc-engine-predictor.ts';
import { createHybridPredictor } from '../../scripts/lib/fnc-hybrid-predictor.ts';
import { createLearnedPredictor } from '../../scripts/lib/fnc-learned-predictor.ts';
import { readFncBodies, readFncStances } from '../../scripts/lib/fnc-csv.ts';
import { FNC_STANCES } from '../../scripts/lib/fnc-types.ts';

const fx = (name: string) => resolve(import.meta.dirname, '../fixtures/fnc', name);
const bodies = readFncBodies(fx('bodies.csv'));
const pairs = readFncStances(fx('stances.csv'));
const squid = 'Giant squid washes up on beach';

describe('engine on FNC pairs', () => {
  it('maps the engine stances onto the FNC labels', () => {
    expect(toFncStance('supports')).toBe('agree');
    expect(toFncStance('contradicts')).toBe('disagree');
    expect(toFncStance('discusses')).toBe('discuss');
    expect(toFncStance('unrelated')).toBe('unrelated');
  });

  it('builds a one-claim config the engine accepts, with the headline as the statement', () => {
    const m = createMatcher(headlineClaimsConfig(squid));
    expect(m.claims).toEqual([{ id: 'headline', statement: squid }]);
    const v = m.match({ url: 'fnc1:body/31', title: null, text: bodies.get(31)!, publishedAt: null, lang: 'en' });
    expect(v.claims).toHaveLength(1);
    expect(v.claims[0]!.stance).toBe('unrelated');
  });

  for (const [name, make] of [
    ['engine', createEnginePredictor],
    ['learned', () => createLearnedPredictor()],
    ['hybrid', createHybridPredictor],
  ] as const) {
    it(`${name}: labels every pair, and an off-topic body is unrelated`, () => {
      const p = make();
      const labels = pairs.map((x) => p.predict(x.headline, bodies.get(x.bodyId)!, x.bodyId));
      expect(labels.every((l) => (FNC_STANCES as readonly string[]).includes(l))).toBe(true);
      expect(p.predict(squid, bodies.get(31)!, 31)).toBe('unrelated');
      expect(p.predict('Bank raises rates, "again"', bodies.get(7)!, 7)).toBe('unrelated');
    });
  }

  it('hybrid: the squid confirmation is related and the hoax article is not read as agreeing', () => {
    const p = createHybridPredictor();
    expect(p.predict(squid, bodies.get(7)!, 7)).not.toBe('unrelated');
    expect(p.predict(squid, bodies.get(12)!, 12)).not.toBe('agree');
  });
});
