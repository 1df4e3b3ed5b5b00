import { describe, expect, it } from 'vitest';
import { fncPoints, scoreFnc } from '../../scripts/lib/fnc-score.ts';
import { formatFncReport } from '../../scripts/lib/fnc-report.ts';
import type { FncStance } from '../../scripts/lib/fnc-types.ts';

describe('FNC-1 weighted score', () => {
  it('gives the official points per pair', () => {
    expect(fncPoints('unrelated', 'unrelated')).toBe(0.25);
    expect(fncPoints('unrelated', 'discuss')).toBe(0);
    expect(fncPoints('agree', 'agree')).toBe(1);
    expect(fncPoints('agree', 'discuss')).toBe(0.25);
    expect(fncPoints('disagree', 'unrelated')).toBe(0);
  });

  it('reproduces the all-unrelated figure of SOURCE.md from the class counts', () => {
    const gold: FncStance[] = [
      ...Array<FncStance>(36545).fill('unrelated'),
      ...Array<FncStance>(8909).fill('discuss'),
      ...Array<FncStance>(3678).fill('agree'),
      ...Array<FncStance>(840).fill('disagree'),
    ];
    const s = scoreFnc(gold, gold.map(() => 'unrelated'));
    expect(s.max).toBe(22563.25);
    expect(s.raw).toBe(9136.25);
    expect(s.relative).toBeCloseTo(40.49, 2);
  });

  it('computes per-class P/R/F1, macro-F1 and the confusion matrix', () => {
    const gold: FncStance[] = ['agree', 'agree', 'disagree', 'discuss', 'unrelated', 'unrelated'];
    const pred: FncStance[] = ['agree', 'discuss', 'agree', 'discuss', 'unrelated', 'discuss'];
    const s = scoreFnc(gold, pred);
    expect(s.confusion.agree).toEqual({ agree: 1, disagree: 0, discuss: 1, unrelated: 0 });
    expect(s.confusion.unrelated.discuss).toBe(1);
    // agree: P 1/2, R 1/2; disagree: 0; discuss: P 1/3, R 1; unrelated: P 1, R 1/2
    expect(s.perClass.agree).toMatchObject({ precision: 0.5, recall: 0.5, f1: 0.5, support: 2 });
    expect(s.perClass.disagree.f1).toBe(0);
    expect(s.perClass.discuss.f1).toBeCloseTo(0.5, 10);
    expect(s.perClass.unrelated.f1).toBeCloseTo(2 / 3, 10);
    expect(s.macroF1).toBeCloseTo((0.5 + 0 + 0.5 + 2 / 3) / 4, 10);
    expect(s.raw).toBe(1 + 0.25 + 0.25 + 1 + 0.25 + 0);
    expect(s.max).toBe(4.5);
    expect(s.accuracy).toBeCloseTo(3 / 6, 10);
  });

  it('refuses label lists of different lengths', () => {
    expect(() => scoreFnc(['agree'], [])).toThrow(/1 gold labels but 0 predictions/);
  });

  it('prints the figures and the matrix', () => {
    const text = formatFncReport(scoreFnc(['agree', 'unrelated'], ['agree', 'agree']), 'tiny');
    expect(text).toContain('FNC score: 1.00 / 1.25 = 80.00%');
    expect(text).toMatch(/^unrelated\s+1\s+0\s+0\s+0$/m);
  });
});
