import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { z } from 'zod';
import { extractArticleFromBytes } from '../../src/extract/extract-article.ts';

// The claim engine's labelled corpus (written independently of the extractor): every page must come out
// in its labelled language, with its labelled publication day and an article-sized body.
const corpusDir = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/corpus');
const labelsFile = join(corpusDir, 'labels.yaml');
const entrySchema = z.looseObject({
  id: z.string(),
  file: z.string(),
  url: z.string(),
  lang: z.string(),
  publishedAt: z.union([z.string(), z.date()]),
});
const entries = existsSync(labelsFile)
  ? z.array(entrySchema).parse(parse(readFileSync(labelsFile, 'utf8'))).filter((e) => existsSync(join(corpusDir, e.file)))
  : [];

const day = (d: string | Date): string => (typeof d === 'string' ? d : d.toISOString()).slice(0, 10);
const dayDiff = (a: string, b: string): number => Math.abs(Date.parse(a) - Date.parse(b)) / 86_400_000;

describe.skipIf(entries.length === 0)('claim-engine corpus pages', () => {
  it.each(entries.map((e) => [e.id, e] as const))('%s', (_id, entry) => {
    const article = extractArticleFromBytes(readFileSync(join(corpusDir, entry.file)), { url: entry.url, charset: null });
    expect(article.lang).toBe(entry.lang);
    expect(article.title).not.toBeNull();
    // Timestamps are normalised to UTC, which can move a late-evening local time to the next day.
    expect(article.publishedAt).not.toBeNull();
    expect(dayDiff(day(article.publishedAt!), day(entry.publishedAt))).toBeLessThanOrEqual(1);
    expect((article.text.match(/[\p{L}\p{N}]+/gu) ?? []).length).toBeGreaterThan(100);
  });
});
