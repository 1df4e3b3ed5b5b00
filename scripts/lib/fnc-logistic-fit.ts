import type { LinearModel } from '../../src/match/learned/linear-model.ts';

export interface FitOptions {
  classes: readonly string[];
  features: readonly string[];
  /** Per-class loss weight (e.g. inverse frequency for a rare class); default 1. */
  classWeight?: readonly number[];
  l2?: number;
  iterations?: number;
  learningRate?: number;
}

function standardise(xs: readonly (readonly number[])[], dims: number): { mean: number[]; std: number[] } {
  const mean = new Array<number>(dims).fill(0);
  const std = new Array<number>(dims).fill(0);
  for (const x of xs) for (let j = 0; j < dims; j++) mean[j]! += x[j]! / xs.length;
  for (const x of xs) for (let j = 0; j < dims; j++) std[j]! += (x[j]! - mean[j]!) ** 2 / xs.length;
  // A constant feature keeps std 1 so it cannot divide by zero; its weight then stays near 0 under L2.
  const round = (x: number) => Math.round(x * 1e6) / 1e6;
  return { mean: mean.map(round), std: std.map((v) => (v > 1e-12 ? round(Math.sqrt(v)) : 1)) };
}

/** Full-batch Adam on weighted softmax cross-entropy with L2: deterministic (zero start, no sampling),
 *  so the training script reproduces the shipped weights exactly. */
export function fitSoftmax(xs: readonly (readonly number[])[], ys: readonly number[], opts: FitOptions): LinearModel {
  const K = opts.classes.length;
  const D = opts.features.length;
  const { mean, std } = standardise(xs, D);
  const z = xs.map((x) => x.map((v, j) => (v - mean[j]!) / std[j]!));
  const cw = opts.classWeight ?? new Array<number>(K).fill(1);
  const l2 = opts.l2 ?? 1e-4;
  const lr = opts.learningRate ?? 0.05;
  const W = Array.from({ length: K }, () => new Array<number>(D + 1).fill(0));
  const m = W.map((r) => r.map(() => 0));
  const v = W.map((r) => r.map(() => 0));
  const totalWeight = ys.reduce((s, y) => s + cw[y]!, 0);
  for (let it = 1; it <= (opts.iterations ?? 400); it++) {
    const g = W.map((r) => r.map(() => 0));
    for (let i = 0; i < z.length; i++) {
      const x = z[i]!;
      const logits = W.map((w) => {
        let s = w[D]!;
        for (let j = 0; j < D; j++) s += w[j]! * x[j]!;
        return s;
      });
      const mx = Math.max(...logits);
      const e = logits.map((l) => Math.exp(l - mx));
      const sum = e.reduce((a, b) => a + b, 0);
      const wi = cw[ys[i]!]! / totalWeight;
      for (let k = 0; k < K; k++) {
        const d = (e[k]! / sum - (ys[i] === k ? 1 : 0)) * wi;
        const gk = g[k]!;
        for (let j = 0; j < D; j++) gk[j]! += d * x[j]!;
        gk[D]! += d;
      }
    }
    for (let k = 0; k < K; k++) {
      for (let j = 0; j <= D; j++) {
        const grad = g[k]![j]! + (j < D ? l2 * W[k]![j]! : 0);
        m[k]![j] = 0.9 * m[k]![j]! + 0.1 * grad;
        v[k]![j] = 0.999 * v[k]![j]! + 0.001 * grad * grad;
        const mh = m[k]![j]! / (1 - 0.9 ** it);
        const vh = v[k]![j]! / (1 - 0.999 ** it);
        W[k]![j]! -= (lr * mh) / (Math.sqrt(vh) + 1e-8);
      }
    }
  }
  const round = (x: number) => Math.round(x * 1e6) / 1e6;
  return {
    classes: [...opts.classes],
    features: [...opts.features],
    mean,
    std,
    weights: W.map((w) => w.slice(0, D).map(round)),
    bias: W.map((w) => round(w[D]!)),
  };
}
