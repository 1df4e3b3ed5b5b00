import { readFileSync, readdirSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { z } from 'zod';

/** One page of a data set in the article-extraction-benchmark layout. */
export interface BenchmarkPage {
  id: string;
  url: string;
  /** The raw bytes as stored (gunzipped when the file is `.gz`). */
  body: Buffer;
  truth: string;
}

const groundTruthSchema = z.record(
  z.string(),
  z.object({ articleBody: z.string(), url: z.string().optional() }),
);

/**
 * Loads `html/<id>.html[.gz]` and `ground-truth.json` (`{id: {articleBody, url}}`) from `dir`.
 * A page without ground truth is skipped; ground truth without a page is an error (it would score 0).
 */
export function loadBenchmarkPages(dir: string): BenchmarkPage[] {
  const truthPath = join(dir, 'ground-truth.json');
  const truth = groundTruthSchema.parse(JSON.parse(readFileSync(truthPath, 'utf8')));
  const htmlDir = join(dir, 'html');
  const files = new Map<string, string>();
  for (const name of readdirSync(htmlDir)) {
    const m = /^(.+?)\.html?(\.gz)?$/.exec(name);
    if (m?.[1]) files.set(m[1], name);
  }
  const pages: BenchmarkPage[] = [];
  for (const [id, entry] of Object.entries(truth)) {
    const name = files.get(id);
    if (!name) throw new Error(`benchmark: no html file for ground-truth id ${id} in ${htmlDir}`);
    const raw = readFileSync(join(htmlDir, name));
    const body = name.endsWith('.gz') ? gunzipSync(raw) : raw;
    pages.push({ id, url: entry.url ?? `https://example.invalid/${id}`, body, truth: entry.articleBody });
  }
  pages.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return pages;
}
