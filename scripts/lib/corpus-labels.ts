import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';

const stance = z.enum(['supports', 'contradicts', 'discusses']);
const day = z.union([z.string(), z.date()]).transform((d) => (d instanceof Date ? d.toISOString().slice(0, 10) : d));

const LabelSchema = z.object({
  id: z.string(),
  file: z.string(),
  url: z.string(),
  lang: z.string(),
  charset: z.enum(['utf-8', 'windows-1251']),
  publishedAt: day,
  relevant: z.boolean(),
  stances: z.record(z.string(), stance).nullish().transform((s) => s ?? {}),
  newFacts: z.array(z.string()).nullish(),
  note: z.string().nullish(),
});

export type CorpusLabel = z.output<typeof LabelSchema>;

/** Reads test/fixtures/corpus/labels.yaml (a list of labelled articles); names the entry on a bad one. */
export function readCorpusLabels(file: string): CorpusLabel[] {
  const data: unknown = parseYaml(readFileSync(file, 'utf8'));
  if (!Array.isArray(data)) throw new Error(`${file}: expected a list of entries`);
  return data.map((entry, i) => {
    const r = LabelSchema.safeParse(entry);
    if (!r.success) {
      const id = (entry as { id?: unknown })?.id ?? `[${i}]`;
      throw new Error(`${file}: entry ${String(id)}: ${r.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ')}`);
    }
    return r.data;
  });
}
