import { FNC_STANCES, type FncStance } from './fnc-types.ts';

export interface ClassScore {
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

export interface FncScore {
  pairs: number;
  /** FNC-1 weighted score: 0.25 for related/unrelated right, +0.75 for the exact related label. */
  raw: number;
  max: number;
  /** raw / max * 100 (the leaderboard's "relative score"). */
  relative: number;
  accuracy: number;
  macroF1: number;
  perClass: Record<FncStance, ClassScore>;
  /** confusion[gold][predicted] = count. */
  confusion: Record<FncStance, Record<FncStance, number>>;
}

const RELATED = new Set<FncStance>(['agree', 'disagree', 'discuss']);

/** Points one prediction earns under the FNC-1 weighted rule. */
export function fncPoints(gold: FncStance, predicted: FncStance): number {
  if (gold === 'unrelated') return predicted === 'unrelated' ? 0.25 : 0;
  if (!RELATED.has(predicted)) return 0;
  return predicted === gold ? 1 : 0.25;
}

function emptyRow(): Record<FncStance, number> {
  return { agree: 0, disagree: 0, discuss: 0, unrelated: 0 };
}

/** Scores gold vs predicted labels given in the same order. */
export function scoreFnc(gold: readonly FncStance[], predicted: readonly FncStance[]): FncScore {
  if (gold.length !== predicted.length) {
    throw new Error(`fnc1 score: ${gold.length} gold labels but ${predicted.length} predictions`);
  }
  const confusion = { agree: emptyRow(), disagree: emptyRow(), discuss: emptyRow(), unrelated: emptyRow() };
  let raw = 0;
  let max = 0;
  let correct = 0;
  gold.forEach((g, i) => {
    const p = predicted[i]!;
    confusion[g][p]++;
    raw += fncPoints(g, p);
    max += g === 'unrelated' ? 0.25 : 1;
    if (g === p) correct++;
  });
  const perClass = {} as Record<FncStance, ClassScore>;
  for (const c of FNC_STANCES) {
    const tp = confusion[c][c];
    const predictedC = FNC_STANCES.reduce((s, g) => s + confusion[g][c], 0);
    const support = FNC_STANCES.reduce((s, p) => s + confusion[c][p], 0);
    const precision = predictedC === 0 ? 0 : tp / predictedC;
    const recall = support === 0 ? 0 : tp / support;
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    perClass[c] = { precision, recall, f1, support };
  }
  const macroF1 = FNC_STANCES.reduce((s, c) => s + perClass[c].f1, 0) / FNC_STANCES.length;
  return {
    pairs: gold.length,
    raw,
    max,
    relative: max === 0 ? 0 : (raw / max) * 100,
    accuracy: gold.length === 0 ? 0 : correct / gold.length,
    macroF1,
    perClass,
    confusion,
  };
}
