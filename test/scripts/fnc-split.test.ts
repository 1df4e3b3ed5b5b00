import { describe, expect, it } from 'vitest';
import { bodyPart, describeSplit, innerPart, selectSplit } from '../../scripts/lib/fnc-split.ts';

const ids = Array.from({ length: 2500 }, (_, i) => i);

describe('split by body id', () => {
  it('holds out about a fifth of the bodies, the same ones on every call', () => {
    const held = ids.filter((id) => bodyPart(id) === 'heldout');
    expect(held.length / ids.length).toBeGreaterThan(0.17);
    expect(held.length / ids.length).toBeLessThan(0.23);
    expect(ids.filter((id) => bodyPart(id) === 'heldout')).toEqual(held);
  });

  it('never puts one body on both sides, and the parts cover every pair', () => {
    const pairs = ids.flatMap((bodyId) => [{ bodyId, h: 'a' }, { bodyId, h: 'b' }]);
    const train = selectSplit(pairs, 'train');
    const held = selectSplit(pairs, 'heldout');
    const trainIds = new Set(train.map((p) => p.bodyId));
    expect(held.some((p) => trainIds.has(p.bodyId))).toBe(false);
    expect(train.length + held.length).toBe(pairs.length);
    expect(selectSplit(pairs, 'all')).toHaveLength(pairs.length);
  });

  it('has an inner validation split independent of the held-out one', () => {
    const train = ids.filter((id) => bodyPart(id) === 'train');
    const share = train.filter((id) => innerPart(id) === 'validate').length / train.length;
    expect(share).toBeGreaterThan(0.15);
    expect(share).toBeLessThan(0.25);
  });

  it('states the rule', () => {
    expect(describeSplit('heldout')).toMatch(/80\/20 .*heldout/);
  });
});
