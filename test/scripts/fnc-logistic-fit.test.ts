import { describe, expect, it } from 'vitest';
import { fitSoftmax } from '../../scripts/lib/fnc-logistic-fit.ts';
import { predictProba } from '../../src/match/learned/linear-model.ts';

// Three clusters on a plane; class k sits around (k*3, (k%2)*3). Generated, not random: the fit is reproducible.
const xs: number[][] = [];
const ys: number[] = [];
for (let k = 0; k < 3; k++) {
  for (let i = 0; i < 30; i++) {
    xs.push([k * 3 + Math.sin(i) * 0.8, (k % 2) * 3 + Math.cos(i * 1.7) * 0.8]);
    ys.push(k);
  }
}

describe('fitSoftmax', () => {
  const opts = { classes: ['a', 'b', 'c'], features: ['x', 'y'], iterations: 300 };

  it('separates separable classes', () => {
    const m = fitSoftmax(xs, ys, opts);
    const correct = xs.filter((x, i) => {
      const p = predictProba(m, x);
      return p.indexOf(Math.max(...p)) === ys[i];
    }).length;
    expect(correct / xs.length).toBeGreaterThan(0.95);
  });

  it('is deterministic: the same data gives the same weights', () => {
    expect(fitSoftmax(xs, ys, opts)).toEqual(fitSoftmax(xs, ys, opts));
  });

  it('shifts predictions toward a class given more loss weight', () => {
    const mid = [1.5, 1.5];
    const plain = predictProba(fitSoftmax(xs, ys, opts), mid)[0]!;
    const heavy = predictProba(fitSoftmax(xs, ys, { ...opts, classWeight: [5, 1, 1] }), mid)[0]!;
    expect(heavy).toBeGreaterThan(plain);
  });
});
