/**
 * The article-extraction benchmark's metric (scrapinghub/article-extraction-benchmark, see SOURCE.md
 * beside the data): 4-token shingles over Python `\w+` tokens, per-page TP/FP/FN on shingle multisets,
 * precision and recall averaged over pages, F1 from the two averages.
 */

/**
 * Python's `\w` on str patterns is "alphanumeric or underscore": Unicode letters (L*) and numbers (N*).
 * Combining marks are NOT word characters in Python, so `\p{M}` must stay out or Devanagari, Thai
 * and decomposed Latin would tokenise differently from the reference.
 */
const TOKEN_RE = /[\p{L}\p{N}_]+/gu;

export const SHINGLE_SIZE = 4;

export function tokenize(text: string): string[] {
  return text.match(TOKEN_RE) ?? [];
}

/** Shingles of `n` tokens as a multiset; 1..n-1 tokens give one shorter shingle, none gives none. */
export function shingles(text: string, n = SHINGLE_SIZE): Map<string, number> {
  const tokens = tokenize(text);
  const counts = new Map<string, number>();
  const last = Math.max(1, tokens.length - n + 1);
  for (let i = 0; i < last; i++) {
    const shingle = tokens.slice(i, i + n).join(' ');
    if (shingle === '') continue;
    counts.set(shingle, (counts.get(shingle) ?? 0) + 1);
  }
  return counts;
}

export interface PageCounts {
  tp: number;
  fp: number;
  fn: number;
}

export function pageCounts(truth: string, predicted: string): PageCounts {
  const t = shingles(truth);
  const p = shingles(predicted);
  let tp = 0;
  let fp = 0;
  for (const [s, np] of p) {
    const nt = t.get(s) ?? 0;
    tp += Math.min(np, nt);
    fp += Math.max(0, np - nt);
  }
  let fn = 0;
  for (const [s, nt] of t) fn += Math.max(0, nt - (p.get(s) ?? 0));
  return { tp, fp, fn };
}

/** Exact match of the token sequences, the benchmark's "accuracy". */
export function exactMatch(truth: string, predicted: string): boolean {
  const a = tokenize(truth);
  const b = tokenize(predicted);
  return a.length === b.length && a.every((tok, i) => tok === b[i]);
}

export interface Scores {
  precision: number;
  recall: number;
  f1: number;
  accuracy: number;
  pages: number;
}

export interface PageResult extends PageCounts {
  exact: boolean;
}

export function pageResult(truth: string, predicted: string): PageResult {
  return { ...pageCounts(truth, predicted), exact: exactMatch(truth, predicted) };
}

/**
 * Precision is averaged over pages that predicted something (TP+FP > 0), recall over pages whose truth
 * has shingles (TP+FN > 0); the reference normalises counts by TP+FP+FN per page, which leaves these
 * per-page ratios unchanged.
 */
export function aggregate(results: PageResult[]): Scores {
  let pSum = 0;
  let pN = 0;
  let rSum = 0;
  let rN = 0;
  let exact = 0;
  for (const r of results) {
    if (r.tp + r.fp > 0) {
      pSum += r.tp / (r.tp + r.fp);
      pN++;
    }
    if (r.tp + r.fn > 0) {
      rSum += r.tp / (r.tp + r.fn);
      rN++;
    }
    if (r.exact) exact++;
  }
  const precision = pN ? pSum / pN : 0;
  const recall = rN ? rSum / rN : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, accuracy: results.length ? exact / results.length : 0, pages: results.length };
}

/**
 * Standard deviation of F1 over `samples` bootstrap resamples of the pages (the benchmark's "±"),
 * with a fixed-seed generator so runs are repeatable.
 */
export function bootstrapF1Std(results: PageResult[], samples = 1000, seed = 1): number {
  if (results.length === 0) return 0;
  let x = seed >>> 0 || 1;
  const next = (): number => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 4294967296;
  };
  const f1s: number[] = [];
  for (let s = 0; s < samples; s++) {
    const sample = results.map(() => results[Math.floor(next() * results.length)]!);
    f1s.push(aggregate(sample).f1);
  }
  const mean = f1s.reduce((a, b) => a + b, 0) / f1s.length;
  return Math.sqrt(f1s.reduce((a, b) => a + (b - mean) ** 2, 0) / f1s.length);
}
