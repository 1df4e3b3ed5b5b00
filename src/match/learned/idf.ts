import { z } from 'zod';
import table from './idf-table.json' with { type: 'json' };

const IdfTable = z.object({
  docs: z.number().int().positive(),
  defaultIdf: z.number().positive(),
  terms: z.record(z.string(), z.number()),
});

// Validated once at load: a hand-edited or truncated table must fail loudly, not score silently wrong.
const parsed = IdfTable.parse(table);
const terms = new Map(Object.entries(parsed.terms));

/** Inverse document frequency of a content stem over the FNC-1 training bodies; unseen stems count as rare. */
export function idf(stem: string): number {
  return terms.get(stem) ?? parsed.defaultIdf;
}
