import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readAlerts } from '../../src/alert/read-alert-log.ts';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server.ts';
import { REDIS_URL, removePrefix, uniquePrefix } from '../support/redis-prefix.ts';
import { waitFor } from '../support/wait-for.ts';
import { ROOT, runCli, startWorkerProcess, type WorkerProcess } from '../support/worker-process.ts';

const TOKEN = 'worker-http-token-0123456789';
const auth = { authorization: `Bearer ${TOKEN}` };

let prefix: string;
let dir: string;
let site: FixtureServer;
let worker: WorkerProcess;
let base: string;
let env: Record<string, string>;

beforeAll(async () => {
  prefix = uniquePrefix('worker-http');
  dir = mkdtempSync(path.join(tmpdir(), 'cw-worker-http-'));
  writeFileSync(path.join(dir, 'sources.yaml'), 'sources: []\n');
  site = await startFixtureServer(path.join(ROOT, 'test/fixtures/http'));
  env = {
    REDIS_URL,
    QUEUE_PREFIX: prefix,
    SOURCES_FILE: path.join(dir, 'sources.yaml'),
    ALERT_LOG: path.join(dir, 'alerts.log'),
    ALLOW_PRIVATE_URLS: 'true',
    PORT: '0',
    API_TOKEN: TOKEN,
  };
  worker = await startWorkerProcess(env);
  base = await waitFor(() => /http api listening on (http:\/\/[\d.:]+)/.exec(worker.output())?.[1], { what: 'the HTTP API to listen' });
});

afterAll(async () => {
  await worker?.stop();
  await site?.close();
  await removePrefix(prefix);
  rmSync(dir, { recursive: true, force: true });
});

describe('claimwatch start with PORT: the HTTP API of a running worker process', () => {
  it('is healthy, checks a URL posted to it, logs its alerts and counts them in /metrics', async () => {
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    const url = `${site.base}/belarus-troops.html`;
    const posted = await fetch(`${base}/checks`, { method: 'POST', headers: auth, body: JSON.stringify({ url }) });
    expect(posted.status).toBe(202);
    const { checks } = (await posted.json()) as { checks: { id: string }[] };
    const done = await waitFor(
      async () => {
        const r = (await (await fetch(`${base}/checks/${checks[0]!.id}`, { headers: auth })).json()) as { done: boolean; state: string; verdict: { relevance: { relevant: boolean } } };
        return r.done ? r : null;
      },
      { what: 'the check', timeoutMs: 30_000 },
    );
    expect(done.state).toBe('completed');
    expect(done.verdict.relevance.relevant).toBe(true);

    const { alerts } = await readAlerts(env.ALERT_LOG!);
    expect(alerts.map((a) => a.alert)).toContain('new');
    const metrics = await (await fetch(`${base}/metrics`)).text();
    expect(metrics).toMatch(/^claimwatch_jobs_completed_total\{queue="check",name="check-article"\} 1$/m);
    expect(metrics).toMatch(/^claimwatch_alerts_total\{kind="new",claim="none"\} 1$/m);
    expect(metrics).toMatch(/^claimwatch_fetches_total\{kind="article",status_class="2xx"\} 1$/m);
  });

  it('serves Bull Board behind the token', async () => {
    expect((await fetch(`${base}/admin/queues`)).status).toBe(401);
    const basic = { authorization: `Basic ${Buffer.from(`ops:${TOKEN}`).toString('base64')}` };
    const page = await fetch(`${base}/admin/queues`, { headers: basic });
    expect(page.status).toBe(200);
    expect(await page.text()).toMatch(/<html/i);
  });

  it('stops on SIGTERM with exit code 0, and /healthz no longer answers', async () => {
    expect(await worker.stop('SIGTERM')).toBe(0);
    await expect(fetch(`${base}/healthz`)).rejects.toThrow();
  });

  it('refuses to start when PORT is set without API_TOKEN', async () => {
    const { API_TOKEN: _, ...noToken } = env;
    const r = await runCli(['start'], { ...noToken, API_TOKEN: undefined as unknown as string });
    expect(r.code).toBe(1);
    expect(r.stderr + r.stdout).toMatch(/API_TOKEN is not set.*Fix/);
  });
});
