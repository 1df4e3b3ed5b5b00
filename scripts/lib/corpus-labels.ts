import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';

// "unrelated" may be written out; it is also what a claim left out of `stances` means.
const stance = z.enum(['supports', 'contradicts', 'discusses', 'unrelated']);
const day = z.union([z.string(), z.date()]).transform((d) => (d instanceof Date ? d.toISOString().slice(0, 10) : d));

const LabelSchema = z.object({
  id: z.string(),
  file: z.string(),
  // Optional so that a corpus written by someone else runs as is: the page's own URL, language and date are
  // then whatever the extractor finds, and the charset is always detected from the bytes, as the worker does.
  url: z.string().nullish(),
  lang: z.string().nullish().transform((l) => l ?? 'unknown'),
  charset: z.string().nullish(),
  publishedAt: day.nullish().transform((d) => d ?? null),
  relevant: z.boolean(),
  stances: z.record(z.string(), stance).nullish().transform((s) => s ?? {}),
  newFacts: z.array(z.string()).nullish(),
  note: z.string().nullish(),
});

export type CorpusLabel = Omit<z.output<typeof LabelSchema>, 'url'> & { url: string };

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
    return { ...r.data, url: r.data.url ?? `https://corpus.invalid/${r.data.file}` };
  });
}

/** Keeps the labels whose id matches `pattern` (a regular expression; null keeps all), for `npm run eval -- --ids`. */
export function filterLabelsByIds<T extends { id: string }>(labels: readonly T[], pattern: string | null): T[] {
  if (pattern == null) return [...labels];
  const re = new RegExp(pattern);
  return labels.filter((l) => re.test(l.id));
}
