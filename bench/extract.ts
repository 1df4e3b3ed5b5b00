/**
 * Pages per second on the article-extraction benchmark pages, in one run: claimwatch's extractor,
 * @mozilla/readability on linkedom, and the bare parses that bound them (`cheerio.load` with its
 * default parse5 parser, and with htmlparser2, the parser the extractor uses).
 * `npx tsx bench/extract.ts [--data DIR] [--rounds N]`
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import * as cheerio from 'cheerio';
import { extractArticle } from '../src/extract/extract-article.ts';
import { loadBenchmarkPages } from '../scripts/lib/benchmark-pages.ts';
import { readabilityText } from '../scripts/lib/readability-text.ts';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    data: { type: 'string', default: resolve(repoRoot, '../shared/bench-data/article-extraction') },
    rounds: { type: 'string', default: '5' },
  },
});
const rounds = Math.max(1, Number(values.rounds));

// Decoding is the same for every contender, so it is done once, outside the timings.
const pages = loadBenchmarkPages(values.data).map((p) => ({ url: p.url, html: p.body.toString('utf8') }));

let sink = 0;
const contenders: Array<{ name: string; run: (html: string, url: string) => void }> = [
  { name: 'claimwatch extractArticle', run: (html, url) => void (sink += extractArticle(html, { url }).text.length) },
  { name: 'readability+linkedom', run: (html) => void (sink += readabilityText(html).length) },
  { name: 'cheerio.load (parse5, default)', run: (html) => void (sink += cheerio.load(html).root().children().length) },
  {
    name: 'cheerio.load (htmlparser2)',
    run: (html) => void (sink += cheerio.load(html, { xml: { xmlMode: false } }).root().children().length),
  },
];

/**
 * Pages per second, best pass of each contender. The contenders take turns round by round, so a burst
 * of load from other processes hits them alike instead of skewing one contender's whole measurement.
 */
function measure(): Map<string, number> {
  for (const c of contenders) for (const p of pages) c.run(p.html, p.url);
  const best = new Map<string, number>(contenders.map((c) => [c.name, Infinity]));
  for (let r = 0; r < rounds; r++) {
    for (const c of contenders) {
      // With --expose-gc (npm run bench), start each pass on a clean heap: no contender pays for another's garbage.
      (globalThis as { gc?: () => void }).gc?.();
      const t0 = process.hrtime.bigint();
      for (const p of pages) c.run(p.html, p.url);
      best.set(c.name, Math.min(best.get(c.name)!, Number(process.hrtime.bigint() - t0) / 1e9));
    }
  }
  return new Map([...best].map(([name, seconds]) => [name, pages.length / seconds]));
}

console.log(`${pages.length} pages, best of ${rounds} interleaved rounds\n`);
const rates = measure();
for (const [name, rate] of rates)
  console.log(`${name.padEnd(34)} ${rate.toFixed(1).padStart(7)} pages/s  ${(1000 / rate).toFixed(2).padStart(6)} ms/page`);
const ours = rates.get('claimwatch extractArticle')!;
const ratio = (name: string): string => (ours / rates.get(name)!).toFixed(2);
const cost = (name: string): string => (rates.get(name)! / ours).toFixed(2);
console.log(`\nclaimwatch vs readability+linkedom: ${ratio('readability+linkedom')}x faster (target >= 3)`);
console.log(`claimwatch cost / cheerio.load default floor: ${cost('cheerio.load (parse5, default)')}x (target <= 1.5)`);
console.log(`claimwatch cost / cheerio.load htmlparser2 floor: ${cost('cheerio.load (htmlparser2)')}x`);
if (sink < 0) console.log(sink);
