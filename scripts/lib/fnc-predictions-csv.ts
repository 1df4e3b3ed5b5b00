import type { FncPrediction } from './fnc-types.ts';

// RFC 4180: quote a field holding a comma, quote or line break; double the quotes inside.
function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** The predictions file in the challenge's submission format: `Headline,Body ID,Stance`. */
export function formatPredictionsCsv(predictions: readonly FncPrediction[]): string {
  const rows = predictions.map((p) => [csvField(p.headline), String(p.bodyId), p.stance].join(','));
  return ['Headline,Body ID,Stance', ...rows].join('\n') + '\n';
}
