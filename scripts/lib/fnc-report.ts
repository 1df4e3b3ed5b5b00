import { FNC_STANCES } from './fnc-types.ts';
import type { FncScore } from './fnc-score.ts';

const f3 = (x: number) => x.toFixed(3);

/** Plain-text report: FNC score, macro-F1, per-class P/R/F1 and the confusion matrix (rows = gold). */
export function formatFncReport(score: FncScore, title: string): string {
  const lines = [
    `== ${title} ==`,
    `pairs: ${score.pairs}`,
    `FNC score: ${score.raw.toFixed(2)} / ${score.max.toFixed(2)} = ${score.relative.toFixed(2)}%`,
    `macro-F1: ${f3(score.macroF1)}   accuracy: ${f3(score.accuracy)}`,
    '',
    `${'class'.padEnd(10)} ${'P'.padStart(6)} ${'R'.padStart(6)} ${'F1'.padStart(6)} ${'support'.padStart(8)}`,
  ];
  for (const c of FNC_STANCES) {
    const s = score.perClass[c];
    lines.push(`${c.padEnd(10)} ${f3(s.precision).padStart(6)} ${f3(s.recall).padStart(6)} ${f3(s.f1).padStart(6)} ${String(s.support).padStart(8)}`);
  }
  lines.push('', `confusion (rows gold, columns predicted)`);
  lines.push(`${''.padEnd(10)} ${FNC_STANCES.map((c) => c.padStart(9)).join(' ')}`);
  for (const g of FNC_STANCES) {
    lines.push(`${g.padEnd(10)} ${FNC_STANCES.map((p) => String(score.confusion[g][p]).padStart(9)).join(' ')}`);
  }
  return lines.join('\n');
}
