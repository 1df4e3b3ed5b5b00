import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server.ts';
import { REDIS_URL, removePrefix, uniquePrefix } from '../support/redis-prefix.ts';
import { waitFor } from '../support/wait-for.ts';
import { ROOT, runCli, startWorkerProcess, type WorkerProcess } from '../support/worker-process.ts';

const ARTICLE = readFileSync(path.join(ROOT, 'test/fixtures/site/2024/08/27/satellite-build-up.html'), 'utf8');
const rss = (items: string[]) =>
  `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>t</title><link>http://x/</link>${items
    .map((u, i) => `<item><title>Item ${i}</title><link>${u}</link><guid>${u}</guid></item>`)
    .join('')}</channel></rss>`;

/**
 * Bad input through the whole worker: each broken source or article gives one clear log line (source,
 * URL, stage, kind, next attempt), the worker keeps running, and the good source is still processed.
 */
describe('bad input through the worker', () => {
  const prefix = uniquePrefix('bad');
  const dir = mkdtempSync(path.join(tmpdir(), 'claimwatch-bad-'));
  const alertLog = path.join(dir, 'alerts.log');
  let server: FixtureServer;
  let worker: WorkerProcess | null = null;
  let env: Record<string, string>;
  let flakyFailures = 0;

  beforeAll(async () => {
    server = await startFixtureServer(path.join(ROOT, 'test/fixtures/site'));
    const b = server.base;
    const send = (status: number, type: string, body: string | Buffer) => (_req: unknown, res: import('node:http').ServerResponse) => {
      res.writeHead(status, { 'content-type': type }).end(body);
    };
    server.route('/good/feed.xml', send(200, 'application/rss+xml', rss([`${b}/good/article.html`, `${b}/bad/big.html`, `${b}/bad/binary.html`])));
    server.route('/good/article.html', send(200, 'text/html; charset=utf-8', ARTICLE.replaceAll('{{base}}', b)));
    server.route('/bad/big.html', send(200, 'text/html', `<html><body><p>${'Belarus border troops. '.repeat(300_000)}</p></body></html>`));
    server.route('/bad/binary.html', send(200, 'text/html', Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), Buffer.alloc(4096, 7)])));
    server.route('/bad/malformed.xml', send(200, 'application/rss+xml', '<?xml version="1.0"?><rss version="2.0"><channel><title>Broken<item><title>x</titl></channel>'));
    server.route('/bad/html-instead.xml', send(200, 'text/html', `<html><head><link rel="alternate" type="application/rss+xml" href="/good/feed.xml"></head><body><p>Home page</p></body></html>`));
    server.route('/bad/slow.xml', () => {
      /* never answers */
    });
    server.route('/bad/loop.xml', (_req, res) => void res.writeHead(302, { location: '/bad/loop.xml' }).end());
    server.route('/flaky/feed.xml', (req, res) => {
      if (flakyFailures < 3) {
        flakyFailures++;
        res.writeHead(503, { 'content-type': 'text/plain' }).end('maintenance');
      } else send(200, 'application/rss+xml', rss([]))(req, res);
    });
    const sources = path.join(dir, 'sources.yaml');
    const src = (id: string, p: string) => `  - { id: ${id}, url: "${b}${p}", type: feed, every: 1s }\n`;
    writeFileSync(
      sources,
      'sources:\n' +
        src('good', '/good/feed.xml') +
        src('malformed', '/bad/malformed.xml') +
        src('html-instead', '/bad/html-instead.xml') +
        src('missing', '/bad/no-such-feed.xml') +
        src('slow', '/bad/slow.xml') +
        src('loop', '/bad/loop.xml') +
        src('flaky', '/flaky/feed.xml'),
    );
    env = {
      REDIS_URL,
      QUEUE_PREFIX: prefix,
      SOURCES_FILE: sources,
      ALERT_LOG: alertLog,
      ALLOW_PRIVATE_URLS: '1',
      FETCH_TIMEOUT: '1s',
      // Every source is on the one loopback host: let them through without the 1 s politeness gap.
      HOST_CONCURRENCY: '8',
      HOST_INTERVAL: '10ms',
    };
    worker = await startWorkerProcess(env);
  });

  afterAll(async () => {
    await worker?.stop('SIGKILL');
    await server?.close();
    await removePrefix(prefix);
    rmSync(dir, { recursive: true, force: true });
  });

  const failureLine = (source: string) =>
    worker!.lines().find((l) => l.source === source && (l.level as number) >= 40 && typeof l.kind === 'string');

  it('logs one clear line per broken source and keeps processing the good one', async () => {
    await waitFor(() => existsSync(alertLog) && readFileSync(alertLog, 'utf8').includes('"contradiction"'), { timeoutMs: 30_000, what: 'the good article to be alerted' });
    const expected: Record<string, RegExp> = {
      malformed: /malformed/,
      'html-instead': /not-a-feed/,
      missing: /http-status/,
      slow: /timeout/,
      loop: /too-many-redirects/,
    };
    const lines = await waitFor(() => {
      const found = Object.fromEntries(Object.keys(expected).map((s) => [s, failureLine(s)]));
      return Object.values(found).every(Boolean) ? found : null;
    }, { timeoutMs: 30_000, what: 'a failure line for every broken source' });
    for (const [source, kind] of Object.entries(expected)) {
      const l = lines[source]!;
      expect(l.kind, source).toMatch(kind);
      expect(l.url, source).toContain(server.base);
      expect(l.stage, source).toBeTruthy();
      expect(l.nextAttempt, source).toMatch(/^\d{4}-\d\d-\d\dT/);
    }
    expect(String(lines['html-instead']!.msg)).toContain(`${server.base}/good/feed.xml`);
    expect(String(lines.missing!.msg)).toContain('404');
    expect(worker!.child.exitCode).toBeNull();
  });

  it('gives up on a 6 MB page and a binary body at once, with the reason', async () => {
    const articleFailure = (p: string) => worker!.lines().find((l) => String(l.url).endsWith(p) && l.stage === 'fetch' && l.level === 50);
    const big = await waitFor(() => articleFailure('/bad/big.html'), { what: 'the 6 MB page to fail' });
    const binary = await waitFor(() => articleFailure('/bad/binary.html'), { what: 'the binary body to fail' });
    expect(big.kind).toBe('too-large');
    expect(binary.kind).toBe('binary-body');
    expect(big.permanent).toBe(true);
    expect(String(big.msg)).toContain('giving up');
    // One line each: permanent failures are not retried.
    expect(worker!.lines().filter((l) => String(l.url).endsWith('/bad/big.html') && l.level === 50)).toHaveLength(1);
  });

  it('backs a failing source off, then returns it to normal after one success', async () => {
    await waitFor(() => worker!.lines().some((l) => l.source === 'flaky' && String(l.msg).includes('recovered')), {
      timeoutMs: 40_000,
      what: 'the flaky source to recover',
    });
    expect(worker!.lines().some((l) => l.source === 'flaky' && String(l.msg).includes('backs off'))).toBe(true);
    const res = await runCli(['sources', '--json'], env);
    expect(res.code, res.stderr).toBe(0);
    const states = Object.fromEntries(res.stdout.trim().split('\n').map((l) => JSON.parse(l)).map((s) => [s.id, s]));
    expect(states.flaky).toMatchObject({ state: 'ok', consecutiveErrors: 0, lastStatus: '200' });
    expect(states.good).toMatchObject({ state: 'ok', lastStatus: expect.stringMatching(/200|304/) });
    expect(states.missing.consecutiveErrors).toBeGreaterThanOrEqual(1);
    expect(states.missing.lastError).toContain('404');
  });
});

describe('private addresses', () => {
  it('are refused by default, with a line that says why', async () => {
    const prefix = uniquePrefix('ssrf');
    const dir = mkdtempSync(path.join(tmpdir(), 'claimwatch-ssrf-'));
    const server = await startFixtureServer(path.join(ROOT, 'test/fixtures/site'));
    const sources = path.join(dir, 'sources.yaml');
    writeFileSync(sources, `sources:\n  - { id: local, url: "${server.base}/feed.xml", type: feed, every: 1s }\n`);
    const worker = await startWorkerProcess({ REDIS_URL, QUEUE_PREFIX: prefix, SOURCES_FILE: sources, ALERT_LOG: path.join(dir, 'a.log'), ALLOW_PRIVATE_URLS: '' });
    try {
      const line = await waitFor(() => worker.lines().find((l) => l.source === 'local' && l.kind === 'private-address'), { what: 'the refusal' });
      expect(String(line.msg)).toMatch(/loopback/);
      expect(server.hits.size).toBe(0);
    } finally {
      await worker.stop('SIGKILL');
      await server.close();
      await removePrefix(prefix);
      rmSync(dir, { recursive: true, force: true });
      new Redis(REDIS_URL).disconnect();
    }
  });
});
