/**
 * Scores claimwatch's extractor and @mozilla/readability+linkedom side by side on an article-extraction
 * benchmark data set: `npx tsx scripts/eval-extract.ts [--data DIR] [--out outputs.json] [--only NAME]
 * [--worst N]`.
 */
import { writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { extractArticleFromBytes } from '../src/extract/extract-article.ts';
import { loadBenchmarkPages, type BenchmarkPage } from './lib/benchmark-pages.ts';
import { aggregate, bootstrapF1Std, pageResult, type PageResult, type Scores } from './lib/shingle-metric.ts';
import { readabilityText } from './lib/readability-text.ts';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    data: { type: 'string', default: resolve(repoRoot, '../shared/bench-data/article-extraction') },
    out: { type: 'string' },
    only: { type: 'string' },
    worst: { type: 'string', default: '0' },
  },
});

interface System {
  name: string;
  extract(page: BenchmarkPage): string;
}

const systems: System[] = [
  {
    name: 'claimwatch',
    extract: (p: BenchmarkPage) => extractArticleFromBytes(p.body, { url: p.url, charset: null }).text,
  },
  {
    name: 'readability+linkedom',
    extract: (p: BenchmarkPage) => readabilityText(p.body.toString('utf8')),
  },
].filter((s) => !values.only || s.name.startsWith(values.only));

const pages = loadBenchmarkPages(values.data);
console.log(`data: ${values.data} (${pages.length} pages)`);

const rows: Array<{ name: string; scores: Scores; f1Std: number; seconds: number }> = [];
for (const system of systems) {
  const outputs: Record<string, { articleBody: string }> = {};
  const results: Array<PageResult & { id: string; url: string }> = [];
  const started = process.hrtime.bigint();
  for (const page of pages) {
    let text = '';
    try {
      text = system.extract(page);
    } catch (err) {
      console.error(`${system.name}: ${page.id} ${page.url}: ${(err as Error).message}`);
    }
    outputs[page.id] = { articleBody: text };
    results.push({ ...pageResult(page.truth, text), id: page.id, url: page.url });
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  rows.push({ name: system.name, scores: aggregate(results), f1Std: bootstrapF1Std(results), seconds });
  if (values.out && system.name === 'claimwatch') writeFileSync(values.out, JSON.stringify(outputs, null, 1));
  const worst = Number(values.worst);
  if (worst > 0) {
    const f1 = (r: PageResult): number => (2 * r.tp) / Math.max(1, 2 * r.tp + r.fp + r.fn);
    for (const r of [...results].sort((a, b) => f1(a) - f1(b)).slice(0, worst))
      console.log(`  ${system.name} f1=${f1(r).toFixed(3)} tp=${r.tp} fp=${r.fp} fn=${r.fn} ${r.id.slice(0, 12)} ${r.url}`);
  }
}

const fmt = (x: number): string => x.toFixed(3);
console.log(`\n${'system'.padEnd(24)} ${'precision'.padStart(9)} ${'recall'.padStart(7)} ${'F1'.padStart(6)} ${'± (bootstrap)'.padStart(13)} ${'accuracy'.padStart(8)}  seconds`);
for (const { name, scores, f1Std, seconds } of rows)
  console.log(
    `${name.padEnd(24)} ${fmt(scores.precision).padStart(9)} ${fmt(scores.recall).padStart(7)} ${fmt(scores.f1).padStart(6)} ${fmt(f1Std).padStart(13)} ${fmt(scores.accuracy).padStart(8)}  ${seconds.toFixed(1)}`,
  );
if (values.out) console.log(`\nwrote claimwatch outputs to ${values.out}`);
