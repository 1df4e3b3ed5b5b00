import type { Stance } from '../../src/match/types.ts';

export const STANCES: Stance[] = ['supports', 'contradicts', 'discusses', 'unrelated'];

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Prf {
  precision: number | null;
  recall: number | null;
  f1: number | null;
  tp: number;
  fp: number;
  fn: number;
}

export function prf(c: Counts): Prf {
  const precision = c.tp + c.fp ? c.tp / (c.tp + c.fp) : null;
  const recall = c.tp + c.fn ? c.tp / (c.tp + c.fn) : null;
  const f1 = precision !== null && recall !== null && precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : precision === null && recall === null ? null : 0;
  return { precision, recall, f1, ...c };
}

export function count(c: Counts, gold: boolean, predicted: boolean): void {
  if (gold && predicted) c.tp++;
  else if (predicted) c.fp++;
  else if (gold) c.fn++;
}

/** Confusion of stances: matrix[gold][predicted]. */
export type Confusion = Record<Stance, Record<Stance, number>>;

export function emptyConfusion(): Confusion {
  const m = {} as Confusion;
  for (const g of STANCES) {
    m[g] = {} as Record<Stance, number>;
    for (const p of STANCES) m[g][p] = 0;
  }
  return m;
}

/** Per-class F1 and macro-F1 from a confusion matrix. */
export function classScores(m: Confusion): { perClass: Record<Stance, Prf>; macroF1: number; accuracy: number } {
  const perClass = {} as Record<Stance, Prf>;
  let sum = 0;
  let right = 0;
  let total = 0;
  for (const s of STANCES) {
    const c: Counts = { tp: m[s][s], fp: 0, fn: 0 };
    for (const o of STANCES) {
      if (o === s) continue;
      c.fp += m[o][s];
      c.fn += m[s][o];
    }
    perClass[s] = prf(c);
    sum += perClass[s].f1 ?? 0;
    right += m[s][s];
    for (const o of STANCES) total += m[s][o];
  }
  return { perClass, macroF1: sum / STANCES.length, accuracy: total ? right / total : 0 };
}
