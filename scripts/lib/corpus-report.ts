import type { Stance } from '../../src/match/types.ts';
import { type Confusion, type Prf, STANCES } from './corpus-metrics.ts';

export interface Mistake {
  article: string;
  claim: string | null;
  gold: string;
  predicted: string;
  detail: string;
}

export interface EvalFigures {
  articles: number;
  byLang: Record<string, number>;
  extractor: string;
  relevance: Prf;
  contradiction: Prf;
  /** claim id -> figures */
  perClaim: Record<string, { related: Prf; contradiction: Prf; support: Prf }>;
  confusion: Confusion;
  stanceAccuracy: number;
  macroF1: number;
  perClass: Record<Stance, Prf>;
  targets: { contradictionPrecision: number; contradictionRecall: number; relevanceF1: number; met: boolean };
  mistakes: Mistake[];
  msPerArticle: number;
}

const f = (x: number | null) => (x === null ? '  -  ' : x.toFixed(3));
const line = (name: string, p: Prf) => `${name.padEnd(32)} P ${f(p.precision)}  R ${f(p.recall)}  F1 ${f(p.f1)}   (tp ${p.tp}, fp ${p.fp}, fn ${p.fn})`;

/** The human-readable report of scripts/eval.ts. */
/**
 * `summary` prints the overall figures and the targets only, for a held-out set whose per-claim figures and
 * mistakes should stay unseen; `verbose` adds every mistake with its evidence.
 */
export type ReportDetail = 'summary' | 'default' | 'verbose';

function perClaimAndConfusion(r: EvalFigures): string[] {
  const out: string[] = ['Per claim'];
  for (const [id, c] of Object.entries(r.perClaim)) {
    out.push(`  ${id}`);
    out.push(line('    related (stance != unrelated)', c.related));
    out.push(line('    contradiction', c.contradiction));
    out.push(line('    support', c.support));
  }
  out.push('');
  out.push('Stance confusion (rows gold, columns predicted; all article x claim pairs)');
  out.push(`  ${''.padEnd(12)}${STANCES.map((s) => s.padStart(12)).join('')}`);
  for (const g of STANCES) out.push(`  ${g.padEnd(12)}${STANCES.map((p) => String(r.confusion[g][p]).padStart(12)).join('')}`);
  out.push('');
  return out;
}

export function formatReport(r: EvalFigures, detail: ReportDetail): string {
  const out: string[] = [];
  out.push(`claimwatch corpus eval: ${r.articles} articles (${Object.entries(r.byLang).map(([k, v]) => `${k} ${v}`).join(', ')}); extraction: ${r.extractor}; ${r.msPerArticle.toFixed(2)} ms/article (match only)`);
  out.push('');
  out.push('Overall');
  out.push(line('  relevance (article)', r.relevance));
  out.push(line('  contradiction (article x claim)', r.contradiction));
  out.push(`  stance accuracy ${r.stanceAccuracy.toFixed(3)}, macro-F1 ${r.macroF1.toFixed(3)} (${STANCES.map((s) => `${s} ${f(r.perClass[s].f1)}`).join(', ')})`);
  out.push('');
  if (detail !== 'summary') out.push(...perClaimAndConfusion(r));
  const t = r.targets;
  out.push(
    `Targets: contradiction P >= ${t.contradictionPrecision} (${f(r.contradiction.precision)}), R >= ${t.contradictionRecall} (${f(r.contradiction.recall)}), relevance F1 >= ${t.relevanceF1} (${f(r.relevance.f1)}): ${t.met ? 'MET' : 'NOT MET'}`,
  );
  if (detail === 'verbose' && r.mistakes.length) {
    out.push('');
    out.push(`Mistakes (${r.mistakes.length})`);
    for (const m of r.mistakes) out.push(`  ${m.article}${m.claim ? ` / ${m.claim}` : ''}: gold ${m.gold}, predicted ${m.predicted}${m.detail ? ` — ${m.detail}` : ''}`);
  }
  return out.join('\n');
}
