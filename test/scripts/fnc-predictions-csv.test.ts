import { describe, expect, it } from 'vitest';
import { formatPredictionsCsv } from '../../scripts/lib/fnc-predictions-csv.ts';
import { parseFncStances } from '../../scripts/lib/fnc-csv.ts';

describe('predictions CSV', () => {
  it('round-trips headlines with commas, quotes and newlines through the reader', () => {
    const preds = [
      { headline: 'Plain headline', bodyId: 1, stance: 'agree' as const },
      { headline: 'Bank raises rates, "again"\nand again', bodyId: 22, stance: 'unrelated' as const },
    ];
    const text = formatPredictionsCsv(preds);
    expect(text.split('\n')[0]).toBe('Headline,Body ID,Stance');
    expect(parseFncStances(text, 'p.csv')).toEqual(preds.map((p) => ({ ...p })));
  });
});
