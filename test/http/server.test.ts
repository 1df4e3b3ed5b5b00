import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadEnv } from '../../src/config/env.ts';
import { listenHttpApi as startHttpServer, type HttpServer } from '../../src/http/http-api.ts';
import { createMetrics } from '../../src/metrics/metrics.ts';
import { createRedis } from '../../src/queue/connection.ts';
import { startWorker, type RunningWorker } from '../../src/worker/start-worker.ts';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server.ts';
import { REDIS_URL, removePrefix, uniquePrefix } from '../support/redis-prefix.ts';
import { waitFor } from '../support/wait-for.ts';
import { ROOT } from '../support/worker-process.ts';

const TOKEN = 'test-token-0123456789abcdef';
const auth = { authorization: `Bearer ${TOKEN}` };
const logger = pino({ level: 'silent' });

let prefix: string;
let dir: string;
let site: FixtureServer;
let worker: RunningWorker;
let api: HttpServer;

beforeAll(async () => {
  prefix = uniquePrefix('http');
  dir = mkdtempSync(path.join(tmpdir(), 'cw-http-'));
  writeFileSync(path.join(dir, 'sources.yaml'), 'sources: []\n');
  site = await startFixtureServer(path.join(ROOT, 'test/fixtures/http'));
  const env = loadEnv({
    REDIS_URL,
    QUEUE_PREFIX: prefix,
    SOURCES_FILE: path.join(dir, 'sources.yaml'),
    CLAIMS_FILE: path.join(ROOT, 'config/claims.yaml'),
    ALERT_LOG: path.join(dir, 'alerts.log'),
    ALLOW_PRIVATE_URLS: 'true',
  });
  worker = await startWorker(env, logger);
  const queues = worker.ctx.queues;
  const metrics = createMetrics();
  metrics.attach(worker);
  api = await startHttpServer({
    port: 0,
    host: '127.0.0.1',
    token: TOKEN,
    queues,
    redis: worker.ctx.redis,
    workers: () => worker.isHealthy(),
    metrics,
    logger,
  });
});

afterAll(async () => {
  await api?.close();
  await worker?.stop(5000);
  await site?.close();
  await removePrefix(prefix);
  rmSync(dir, { recursive: true, force: true });
});

async function call(method: string, pathname: string, opts: { headers?: Record<string, string>; body?: string } = {}) {
  const res = await fetch(`${api.url}${pathname}`, { method, headers: opts.headers, body: opts.body });
  const text = await res.text();
  let json: any = null;
  try {
    json = JSON.parse(text);
  } catch {
    // not JSON (metrics, dashboard)
  }
  return { status: res.status, headers: res.headers, text, json };
}

describe('HTTP API against a running worker and real Redis', () => {
  it('GET /healthz answers 200 when Redis answers and the workers run', async () => {
    const r = await call('GET', '/healthz');
    expect(r.status).toBe(200);
    expect(r.json).toEqual({ status: 'ok' });
  });

  it('POST /checks queues a manual check; GET /checks/:id gives its state, then the verdict', async () => {
    const url = `${site.base}/belarus-troops.html`;
    const posted = await call('POST', '/checks', { headers: { ...auth, 'content-type': 'application/json' }, body: JSON.stringify({ url }) });
    expect(posted.status).toBe(202);
    expect(posted.json.checks).toHaveLength(1);
    const { id, status } = posted.json.checks[0];
    expect(id).toMatch(/^m-/);
    expect(posted.headers.get('location')).toBe(`/checks/${id}`);
    expect(status).toBe(`/checks/${id}`);

    const done = await waitFor(
      async () => {
        const r = await call('GET', `/checks/${id}`, { headers: auth });
        expect(r.status).toBe(200);
        return r.json.done ? r.json : null;
      },
      { what: 'the manual check to finish', timeoutMs: 30_000 },
    );
    expect(done.state, JSON.stringify(done)).toBe('completed');
    expect(done.url).toBe(url);
    expect(done.verdict, JSON.stringify(done)).toBeTruthy();
    expect(done.verdict.relevance.relevant).toBe(true);
    expect(done.verdict.claims.length).toBeGreaterThan(0);
    expect(done.result.title).toMatch(/15,000 troops/);
    expect(site.hits.get('/belarus-troops.html')).toBeGreaterThanOrEqual(1);
  });

  it('POST /checks takes a list and answers one id per URL', async () => {
    const urls = [`${site.base}/a.html`, `${site.base}/b.html`];
    const r = await call('POST', '/checks', { headers: auth, body: JSON.stringify(urls) });
    expect(r.status).toBe(202);
    expect(r.json.checks.map((c: { url: string }) => c.url)).toEqual(urls);
    expect(new Set(r.json.checks.map((c: { id: string }) => c.id)).size).toBe(2);
    const r2 = await call('POST', '/checks', { headers: auth, body: JSON.stringify({ urls }) });
    expect(r2.status).toBe(202);
  });

  it('answers 400 with a clear message for bad JSON, a missing or bad URL, and an over-long body', async () => {
    const cases: [string, RegExp][] = [
      ['{"url": "https://exa', /not valid JSON/],
      ['', /body is empty/],
      ['{}', /missing URL/],
      ['{"link": "https://example.org"}', /missing URL/],
      ['{"url": "ftp://example.org/x"}', /"url" is not an absolute http\(s\) URL/],
      ['{"url": 42}', /"url" must be a string/],
      ['[]', /list of URLs is empty/],
      ['["https://example.org/a", "nope"]', /item 1 is not an absolute http\(s\) URL: "nope"/],
      [JSON.stringify({ url: `https://example.org/${'x'.repeat(70_000)}` }), /body is too long/],
      [JSON.stringify(Array.from({ length: 101 }, (_, i) => `https://example.org/${i}`)), /too many URLs \(101\)/],
    ];
    for (const [body, message] of cases) {
      const r = await call('POST', '/checks', { headers: auth, body });
      expect(r.status, body.slice(0, 60)).toBe(400);
      expect(r.json.error).toMatch(message);
    }
  });

  it('needs the bearer token for /checks, and says how to send it', async () => {
    const missing = await call('POST', '/checks', { body: '{"url":"https://example.org"}' });
    expect(missing.status).toBe(401);
    expect(missing.headers.get('www-authenticate')).toMatch(/^Bearer/);
    expect(missing.json.error).toMatch(/Authorization: Bearer/);
    const wrong = await call('GET', '/checks/m-00000000-0000-0000-0000-000000000000', { headers: { authorization: 'Bearer nope' } });
    expect(wrong.status).toBe(401);
    expect(wrong.json.error).toBe('wrong token');
  });

  it('GET /checks/:id of an unknown id is a 404; wrong methods are 405; unknown paths 404', async () => {
    expect((await call('GET', '/checks/m-00000000-0000-0000-0000-000000000000', { headers: auth })).status).toBe(404);
    expect((await call('GET', '/checks/a-1234', { headers: auth })).status).toBe(404);
    const r = await call('GET', '/checks', { headers: auth });
    expect(r.status).toBe(405);
    expect(r.headers.get('allow')).toBe('POST');
    expect((await call('POST', '/healthz')).status).toBe(405);
    expect((await call('GET', '/nope')).status).toBe(404);
  });

  it('serves Bull Board at /admin/queues behind the token (Basic auth for browsers)', async () => {
    const anon = await call('GET', '/admin/queues');
    expect(anon.status).toBe(401);
    expect(anon.headers.get('www-authenticate')).toMatch(/^Basic realm="claimwatch"/);
    const basic = { authorization: `Basic ${Buffer.from(`admin:${TOKEN}`).toString('base64')}` };
    const page = await call('GET', '/admin/queues', { headers: basic });
    expect(page.status).toBe(200);
    expect(page.text).toMatch(/<html/i);
    expect(page.text).toContain('/admin/queues/'); // assets are asked for under the base path
    const asset = /src="(static\/js\/main[^"]+)"/.exec(page.text)?.[1];
    expect(asset).toBeTruthy();
    expect((await call('GET', `/admin/queues/${asset}`, { headers: basic })).status).toBe(200);
    const queues = await call('GET', '/admin/queues/api/queues', { headers: auth });
    expect(queues.status).toBe(200);
    expect(queues.json.queues.map((q: { name: string }) => q.name).sort()).toEqual(['check', 'poll']);
  });

  it('GET /metrics serves Prometheus text with job counts and queue depths', async () => {
    await waitFor(async () => (await call('GET', '/metrics')).text.includes('claimwatch_jobs_completed_total{queue="check",name="check-article"}'), {
      what: 'the completed check in the metrics',
    });
    const r = await call('GET', '/metrics');
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(r.text).toMatch(/^claimwatch_job_duration_seconds_count\{queue="check",name="check-article",outcome="completed"\} [1-9]/m);
    expect(r.text).toMatch(/^claimwatch_queue_jobs\{queue="check",state="completed"\} [1-9]/m);
    expect(r.text).toMatch(/^claimwatch_sources_in_backoff 0$/m);
    expect(r.text).toContain('claimwatch_process_cpu_seconds_total');
  });
});

describe('GET /healthz when something is wrong', () => {
  it('answers 503 with the reason when Redis does not answer', async () => {
    const deadRedis = createRedis('redis://127.0.0.1:1', 'producer');
    deadRedis.on('error', () => {}); // the refused connection is the point of this test
    const metrics = createMetrics({ defaultMetrics: false });
    const server = await startHttpServer({
      port: 0,
      host: '127.0.0.1',
      token: null,
      queues: worker.ctx.queues,
      redis: deadRedis,
      workers: () => ({ ok: true }),
      metrics,
      logger,
      board: false,
    });
    try {
      const res = await fetch(`${server.url}/healthz`);
      expect(res.status).toBe(503);
      const body = (await res.json()) as { status: string; reason: string };
      expect(body.status).toBe('unavailable');
      expect(body.reason).toMatch(/^redis does not answer/);
      // open API (API_TOKEN explicitly empty): no token needed
      const r = await fetch(`${server.url}/checks/m-00000000-0000-0000-0000-000000000000`);
      expect(r.status).toBe(404);
      const board = await fetch(`${server.url}/admin/queues`);
      expect(board.status).toBe(503);
      expect(((await board.json()) as { error: string }).error).toMatch(/turned off/);
    } finally {
      await server.close();
      deadRedis.disconnect();
    }
  });

  it('answers 503 naming the workers that stopped', async () => {
    const metrics = createMetrics({ defaultMetrics: false });
    const redis = createRedis(REDIS_URL, 'producer');
    await redis.connect();
    const server = await startHttpServer({
      port: 0,
      host: '127.0.0.1',
      token: TOKEN,
      queues: worker.ctx.queues,
      redis,
      workers: () => ({ ok: false, reason: 'worker check not running' }),
      metrics,
      logger,
      board: false,
    });
    try {
      const res = await fetch(`${server.url}/healthz`);
      expect(res.status).toBe(503);
      expect(await res.json()).toEqual({ status: 'unavailable', reason: 'worker check not running' });
    } finally {
      await server.close();
      redis.disconnect();
    }
  });
});

describe('startHttpServer (what `claimwatch start` calls when PORT is set)', () => {
  it('refuses to start without API_TOKEN, naming the fix', async () => {
    const { startHttpServer: start, assertHttpApiConfig } = await import('../../src/http/server.ts');
    expect(() => assertHttpApiConfig({ PORT: 0, API_TOKEN: undefined })).toThrow(/API_TOKEN is not set.*Fix/);
    expect(() => assertHttpApiConfig({ PORT: undefined, API_TOKEN: undefined })).not.toThrow();
    await expect(start({ env: { PORT: 0, API_TOKEN: undefined }, worker, logger })).rejects.toThrow(/API_TOKEN is not set/);
  });

  it('serves the worker with its own metrics when none are passed; API_TOKEN= runs it open', async () => {
    const { startHttpServer: start } = await import('../../src/http/server.ts');
    const server = await start({ env: { PORT: 0, API_TOKEN: '', HTTP_HOST: '127.0.0.1' }, worker, logger });
    try {
      expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
      const metrics = await (await fetch(`${server.url}/metrics`)).text();
      expect(metrics).toMatch(/^claimwatch_queue_jobs\{queue="poll",state="waiting"\} 0$/m);
      expect(metrics).toMatch(/^claimwatch_sources_in_backoff 0$/m);
      const r = await fetch(`${server.url}/checks/m-00000000-0000-0000-0000-000000000000`);
      expect(r.status).toBe(404); // no token needed
    } finally {
      await server.close();
    }
  });
});
