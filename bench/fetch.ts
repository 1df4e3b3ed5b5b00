/**
 * Feed polls per second on loopback: 1,000 feeds fetched through the real fetcher (Redis host pacing and
 * validators included), first cold (every poll a 200 that is decoded and parsed), then warm (every poll a
 * 304 that ends without parsing), plus the bytes conditional GET saved. Needs Redis on 127.0.0.1:6379.
 * `npx tsx bench/fetch.ts [--feeds 1000] [--items 30] [--concurrency 32]`
 */
import { fork } from 'node:child_process';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { Redis } from 'ioredis';
import { decodeBody } from '../src/fetch/decode.ts';
import { createFetcher } from '../src/fetch/fetcher.ts';
import { createHttpClient } from '../src/fetch/http-client.ts';
import { parseFeed } from '../src/feed/parse-feed.ts';

const { values } = parseArgs({
  options: {
    feeds: { type: 'string', default: '1000' },
    items: { type: 'string', default: '30' },
    concurrency: { type: 'string', default: '32' },
    serve: { type: 'boolean', default: false },
  },
});
const FEEDS = Number(values.feeds);
const ITEMS = Number(values.items);
const CONCURRENCY = Number(values.concurrency);

// Varied prose so gzip ratios look like real feeds (about 3-4x), not like a repeated template.
let seed = 42;
const rand = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
const VOCAB = Array.from({ length: 3000 }, () => Array.from({ length: 3 + Math.floor(rand() * 7) }, () => String.fromCharCode(97 + Math.floor(rand() * 26))).join(''));
const prose = (words: number) => Array.from({ length: words }, () => VOCAB[Math.floor(rand() * VOCAB.length)]).join(' ');

function feedXml(n: number): string {
  const items = Array.from({ length: ITEMS }, (_, i) => {
    const id = n * 1000 + i;
    return `<item><title>Report ${id}: ${prose(8)}</title><link>https://news${n % 50}.example.org/2024/08/${(i % 28) + 1}/report-${id}</link><guid isPermaLink="false">r-${id}</guid><pubDate>Sat, 10 Aug 2024 ${String(i % 24).padStart(2, '0')}:00:00 GMT</pubDate><description>${prose(40)}</description></item>`;
  }).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>Feed ${n}</title><link>https://news${n % 50}.example.org/</link><description>Bench feed</description>\n${items}\n</channel></rss>\n`;
}

// The feed server runs in a child process so that its CPU time is not charged to the fetcher.
if (values.serve) {
  serveFeeds();
} else {
  await main();
}

/** Child process: serves the feeds (gzip when asked, 304 on a matching ETag) and reports bytes sent over IPC. */
function serveFeeds(): void {
  const feeds = Array.from({ length: FEEDS }, (_, n) => {
    const raw = Buffer.from(feedXml(n));
    return { raw, gz: zlib.gzipSync(raw), etag: `"f${n}-v1"` };
  });
  let wireBytes = 0;
  const server = http.createServer((req, res) => {
    const n = Number(/^\/feed\/(\d+)/.exec(req.url ?? '')?.[1] ?? -1);
    const f = feeds[n];
    if (!f) {
      res.writeHead(404);
      return res.end();
    }
    if (req.headers['if-none-match'] === f.etag) {
      res.writeHead(304, { etag: f.etag });
      return res.end();
    }
    const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    const body = gzip ? f.gz : f.raw;
    wireBytes += body.length;
    res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8', etag: f.etag, ...(gzip ? { 'content-encoding': 'gzip' } : {}) });
    res.end(body);
  });
  server.keepAliveTimeout = 10_000;
  // Everything written to the sockets, status lines and headers included.
  const open = new Set<import('node:net').Socket>();
  let closedBytes = 0;
  server.on('connection', (sock) => {
    open.add(sock);
    sock.on('close', () => {
      closedBytes += sock.bytesWritten;
      open.delete(sock);
    });
  });
  const socketBytes = () => closedBytes + [...open].reduce((sum, sock) => sum + sock.bytesWritten, 0);
  server.listen(0, '127.0.0.1', () => {
    const raw = feeds.reduce((sum, f) => sum + f.raw.length, 0);
    process.send!({ port: (server.address() as AddressInfo).port, raw, first: feeds[0]!.raw.length, firstGz: feeds[0]!.gz.length });
  });
  process.on('message', (m) => {
    if (m === 'bytes') process.send!({ wireBytes, socketBytes: socketBytes() });
    if (m === 'exit') server.close(() => process.exit(0));
  });
}

async function main(): Promise<void> {
const child = fork(fileURLToPath(import.meta.url), [...process.argv.slice(2), '--serve'], { execArgv: ['--import', 'tsx'] });
const info = await new Promise<{ port: number; raw: number; first: number; firstGz: number }>((resolve) => child.once('message', (m) => resolve(m as never)));
const sent = () =>
  new Promise<{ wireBytes: number; socketBytes: number }>((resolve) => {
    child.once('message', (m) => resolve(m as { wireBytes: number; socketBytes: number }));
    child.send('bytes');
  });
const base = `http://127.0.0.1:${info.port}`;

const redis = new Redis({ host: '127.0.0.1', port: 6379 });
const prefix = `cwbench-${randomBytes(4).toString('hex')}`;

interface Row {
  mode: string;
  polls: number;
  seconds: number;
  notModified: number;
  entries: number;
  wire: number;
  /** Bytes the server wrote, headers included. */
  total: number;
  decoded: number;
  p50: number;
  p99: number;
}

/** Runs `poll` over every feed with CONCURRENCY in flight; returns throughput and latency. */
type Poll = (url: string) => Promise<{ notModified: boolean; entries: number; bytes: number }>;

async function run(mode: string, poll: Poll): Promise<Row> {
  const latencies: number[] = [];
  let next = 0;
  let notModified = 0;
  let entries = 0;
  let decoded = 0;
  const before = await sent();
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < FEEDS) {
        const n = next++;
        const t = performance.now();
        const r = await poll(`${base}/feed/${n}`);
        latencies.push(performance.now() - t);
        if (r.notModified) notModified++;
        entries += r.entries;
        decoded += r.bytes;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))] ?? 0;
  return { mode, polls: FEEDS, seconds, notModified, entries, decoded, ...(await sent().then((after) => ({ wire: after.wireBytes - before.wireBytes, total: after.socketBytes - before.socketBytes }))), p50: pct(0.5), p99: pct(0.99) };
}

const rows: Row[] = [];
try {
  // The floor: the bare client, no Redis, no parsing.
  const client = createHttpClient({ allowPrivate: true });
  const bare: Poll = async (url) => {
    const r = await client.get(url, { kind: 'feed' });
    return { notModified: r.notModified, entries: 0, bytes: r.bytes };
  };
  await run('warm-up', bare);
  rows.push(await run('client only, 200 (no parse)', bare));
  await client.close();

  // A poll as the job does it: fetch through the fetcher, stop on notModified, else decode and parse.
  const fetcher = createFetcher({ redis, prefix, allowPrivate: true, hostConcurrency: CONCURRENCY, hostIntervalMs: 0 });
  const poll: Poll = async (url) => {
    const res = await fetcher.fetch(url, { kind: 'feed', sourceId: 'bench', conditional: true });
    if (res.notModified) return { notModified: true, entries: 0, bytes: res.bytes };
    const feed = await parseFeed(decodeBody(res.body, res.charset).text, res.finalUrl);
    return { notModified: false, entries: feed.entries.length, bytes: res.bytes };
  };
  const noValidators: Poll = async (url) => {
    const res = await fetcher.fetch(url, { kind: 'feed', sourceId: 'bench', conditional: false });
    const feed = await parseFeed(decodeBody(res.body, res.charset).text, res.finalUrl);
    return { notModified: false, entries: feed.entries.length, bytes: res.bytes };
  };
  await run('warm-up', noValidators);
  rows.push(await run('poll without conditional GET (200 + parse)', noValidators));
  rows.push(await run('poll, cold (200 + parse, validators stored)', poll));
  rows.push(await run('poll, warm (304, nothing parsed)', poll));
  await fetcher.close();
} finally {
  let cursor = '0';
  do {
    const [c, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
    cursor = c;
    if (keys.length) await redis.del(...keys);
  } while (cursor !== '0');
  await redis.quit();
  child.send('exit');
}

const fmt = (n: number, d = 0) => n.toLocaleString('en-US', { minimumFractionDigits: d, maximumFractionDigits: d });
const header = ['mode', 'polls/s', 'p50 ms', 'p99 ms', '304s', 'entries parsed', 'body bytes sent', 'all bytes sent', 'bytes decoded'];
const table = rows.map((r) => [r.mode, fmt(r.polls / r.seconds), fmt(r.p50, 1), fmt(r.p99, 1), fmt(r.notModified), fmt(r.entries), fmt(r.wire), fmt(r.total), fmt(r.decoded)]);
const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => row[i]!.length)));
const line = (cells: string[]) => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`;
console.log(`${FEEDS} feeds of ${ITEMS} items (${fmt(info.first)} B, ${fmt(info.firstGz)} B gzipped), ${CONCURRENCY} in flight, loopback, server in a child process`);
console.log(line(header));
console.log(`|${widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`);
for (const row of table) console.log(line(row));
const cold = rows.find((r) => r.mode.startsWith('poll, cold'))!;
const warm = rows.find((r) => r.mode.startsWith('poll, warm'))!;
const rawTotal = info.raw;
console.log(
  `conditional GET saved ${fmt(cold.total - warm.total)} bytes on the wire per round of ${FEEDS} polls, headers included ` +
    `(${fmt(100 * (1 - warm.total / Math.max(1, cold.total)), 1)} %; bodies: ${fmt(cold.wire)} -> ${fmt(warm.wire)}) and ${fmt(cold.decoded - warm.decoded)} bytes to decode and parse ` +
    `(${fmt(rawTotal)} before gzip), ` +
    `${fmt(cold.entries)} entries not parsed; warm polls ran ${fmt(warm.polls / warm.seconds / (cold.polls / cold.seconds), 1)}x faster than cold`,
);
}
