import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server.ts';
import { REDIS_URL, removePrefix, uniquePrefix } from '../support/redis-prefix.ts';
import { waitFor } from '../support/wait-for.ts';
import { ROOT, runCli, startWorkerProcess, type WorkerProcess } from '../support/worker-process.ts';

/**
 * The whole worker as a user runs it: a feed with a supporting, a contradicting and an irrelevant article
 * gives exactly the expected alerts; polling again and restarting give none; a manual check prints the verdict.
 */
describe('claimwatch end to end', () => {
  const prefix = uniquePrefix('e2e');
  const dir = mkdtempSync(path.join(tmpdir(), 'claimwatch-e2e-'));
  const alertLog = path.join(dir, 'logs', 'alerts.log');
  let server: FixtureServer;
  let redis: Redis;
  let env: Record<string, string>;
  let worker: WorkerProcess | null = null;

  const alerts = () =>
    existsSync(alertLog)
      ? readFileSync(alertLog, 'utf8')
          .split('\n')
          .filter(Boolean)
          .map((l) => JSON.parse(l) as Record<string, unknown>)
      : [];

  const checkQueue = () => new Queue('check', { connection: redis, prefix });

  /** Waits for one more completed poll of the source after `since`, and for every queued check to finish. */
  async function waitForPollAndDrain(since: number) {
    await waitFor(async () => Number(await redis.hget(`${prefix}:source:desk`, 'lastFetchAt')) > since, {
      timeoutMs: 30_000,
      what: 'a poll of the source',
    });
    const q = checkQueue();
    try {
      await waitFor(async () => {
        const c = await q.getJobCounts('waiting', 'active', 'delayed', 'prioritized');
        return Object.values(c).every((n) => n === 0);
      }, { timeoutMs: 30_000, what: 'the check queue to drain' });
    } finally {
      await q.close();
    }
  }

  beforeAll(async () => {
    server = await startFixtureServer(path.join(ROOT, 'test/fixtures/site'));
    redis = new Redis(REDIS_URL);
    const sources = path.join(dir, 'sources.yaml');
    writeFileSync(sources, `sources:\n  - { id: desk, url: "${server.base}/feed.xml", type: feed, every: 2s }\n`);
    env = {
      REDIS_URL,
      QUEUE_PREFIX: prefix,
      SOURCES_FILE: sources,
      CLAIMS_FILE: path.join(ROOT, 'config/claims.yaml'),
      ALERT_LOG: alertLog,
      ALLOW_PRIVATE_URLS: '1',
      CHECK_CONCURRENCY: '2',
    };
  });

  afterAll(async () => {
    await worker?.stop('SIGKILL');
    await server?.close();
    await removePrefix(prefix);
    redis?.disconnect();
    rmSync(dir, { recursive: true, force: true });
  });

  it('alerts once on the relevant articles and once per contradiction, nothing for the irrelevant one', async () => {
    const before = Date.now();
    worker = await startWorkerProcess(env);
    await waitForPollAndDrain(before);

    const got = alerts();
    const fresh = got.filter((a) => a.alert === 'new');
    const contradictions = got.filter((a) => a.alert === 'contradiction');
    expect(fresh.map((a) => a.url).sort()).toEqual([
      `${server.base}/2024/08/19/lukashenko-third-of-army.html`,
      `${server.base}/2024/08/27/satellite-build-up.html`,
    ]);
    expect(contradictions).toHaveLength(1);
    const c = contradictions[0]!;
    expect(c.claim).toBe('1100-troops-30-miles');
    expect(c.source).toBe('desk');
    expect(c.url).toBe(`${server.base}/2024/08/27/satellite-build-up.html`);
    expect(String(c.evidence)).toContain('15,000');
    expect(String(c.reason)).toMatch(/15,?000/);
    expect(c.title).toBe('Satellite images suggest a far larger Belarusian build-up than the opposition counted');
    expect(c.publishedAt).toMatch(/^2024-08-27/);

    const support = fresh.find((a) => String(a.url).includes('lukashenko-third'))!;
    expect(support.supports).toContain('third-of-army-to-border');
    expect(support.contradicts).toEqual([]);
    expect(support.source).toBe('desk');
    const contra = fresh.find((a) => String(a.url).includes('satellite'))!;
    expect(contra.contradicts).toEqual(['1100-troops-30-miles']);
    for (const a of got) expect(typeof a.id).toBe('string');
    expect(new Set(got.map((a) => a.id)).size).toBe(got.length);
    // The irrelevant article was fetched and checked, and raised nothing.
    expect(server.hits.get('/2024/08/20/hockey-final.html')).toBe(1);
  });

  it('gives no alert when the feed is polled again', async () => {
    const count = alerts().length;
    await waitForPollAndDrain(Date.now());
    await waitForPollAndDrain(Date.now());
    expect(alerts()).toHaveLength(count);
    // Each article was fetched once: later polls found nothing new to queue.
    expect(server.hits.get('/2024/08/19/lukashenko-third-of-army.html')).toBe(1);
  });

  it('gives no alert after a restart, and exits 0 on SIGTERM', async () => {
    const count = alerts().length;
    expect(await worker!.stop('SIGTERM')).toBe(0);
    worker = await startWorkerProcess(env);
    await waitForPollAndDrain(Date.now());
    expect(alerts()).toHaveLength(count);
  });

  it('`claimwatch check <url>` prints the verdict of a running worker, and re-evaluates a seen URL', async () => {
    const url = `${server.base}/2024/08/27/satellite-build-up.html`;
    const text = await runCli(['check', url], env);
    expect(text.stderr).toBe('');
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('relevant:  yes');
    expect(text.stdout).toMatch(/1100-troops-30-miles\s+contradicts/);
    expect(text.stdout).toContain('15,000');
    expect(text.stdout).toContain('already in the log');

    const json = await runCli(['check', '--json', `${server.base}/2024/08/20/hockey-final.html`], env);
    expect(json.code).toBe(0);
    const verdict = JSON.parse(json.stdout);
    expect(verdict.verdict.relevance.relevant).toBe(false);
    expect(verdict.alerts).toEqual([]);
    expect(verdict.source).toBe('manual');
  });

  it('`claimwatch check` exits non-zero with a clear message when the URL cannot be fetched', async () => {
    const res = await runCli(['check', '--json', `${server.base}/no-such-article.html`], env);
    expect(res.code).toBe(1);
    expect(JSON.parse(res.stdout).error).toMatch(/404/);
  });

  it('`claimwatch check` follows a meta-refresh redirect, and names a refresh loop', async () => {
    const refresh = (to: string) => (_req: unknown, res: import('node:http').ServerResponse) =>
      void res.writeHead(200, { 'content-type': 'text/html' }).end(`<html><head><meta http-equiv="refresh" content="0; url=${to}"></head><body><p>This story has moved.</p></body></html>`);
    server.route('/moved/satellite.html', refresh('/2024/08/27/satellite-build-up.html'));
    server.route('/moved/loop-a.html', refresh('/moved/loop-b.html'));
    server.route('/moved/loop-b.html', refresh('loop-a.html'));
    // Another host name for the same server, so the hops do not queue behind the feed polls for a host slot.
    const other = server.base.replace('127.0.0.1', 'localhost');
    const res = await runCli(['check', '--json', `${other}/moved/satellite.html`], env);
    expect(res.code, res.stderr).toBe(0);
    const moved = JSON.parse(res.stdout);
    expect(moved.finalUrl).toBe(`${other}/2024/08/27/satellite-build-up.html`);
    expect(moved.verdict.claims.find((c: { claimId: string }) => c.claimId === '1100-troops-30-miles').stance).toBe('contradicts');
    const loop = await runCli(['check', '--json', `${other}/moved/loop-a.html`], env);
    expect(loop.code).toBe(1);
    expect(JSON.parse(loop.stdout).error).toMatch(/meta refresh loop/);
  });

  it('`claimwatch check --no-wait` only queues and prints the job id', async () => {
    const res = await runCli(['check', '--no-wait', `${server.base}/2024/08/19/lukashenko-third-of-army.html`], env);
    expect(res.code).toBe(0);
    expect(res.stdout).toMatch(/^m-[0-9a-f-]{36}\t/);
  });
});
