import type { TextAnalysis } from '../../src/match/learned/text-analysis.ts';

export interface IdfTableJson {
  docs: number;
  defaultIdf: number;
  terms: Record<string, number>;
}

/** Smoothed IDF, ln((N+1)/(df+1)) + 1, over the given documents. Stems seen in fewer than minDf documents
 *  are left out (they get defaultIdf, the value of df = 1): keeps the shipped table small. */
export function buildIdfTable(docs: readonly TextAnalysis[], minDf = 2): IdfTableJson {
  const df = new Map<string, number>();
  for (const d of docs) for (const t of d.tf.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  const n = docs.length;
  const value = (count: number) => Math.round((Math.log((n + 1) / (count + 1)) + 1) * 100) / 100;
  const terms: Record<string, number> = {};
  for (const t of [...df.keys()].sort()) {
    const c = df.get(t)!;
    if (c >= minDf) terms[t] = value(c);
  }
  return { docs: n, defaultIdf: value(1), terms };
}

export function idfLookup(table: IdfTableJson): (stem: string) => number {
  const m = new Map(Object.entries(table.terms));
  return (stem) => m.get(stem) ?? table.defaultIdf;
}
