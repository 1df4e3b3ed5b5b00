import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readAlerts } from '../../../src/alert/read-alert-log.ts';
import { startFixtureServer, type FixtureServer } from '../../support/fixture-server.ts';
import { REDIS_URL, removePrefix, uniquePrefix } from '../../support/redis-prefix.ts';
import { waitFor } from '../../support/wait-for.ts';
import { ROOT, runCli, startWorkerProcess, type WorkerProcess } from '../../support/worker-process.ts';

/** A webhook receiver that answers 503 to the first request, then 200. */
let receiver: Server;
let hookUrl: string;
const received: { headers: IncomingHttpHeaders; body: Record<string, unknown> }[] = [];
let requests = 0;

let prefix: string;
let dir: string;
let site: FixtureServer;
let worker: WorkerProcess;
let env: Record<string, string>;

beforeAll(async () => {
  receiver = createServer((req, res) => {
    let data = '';
    req.on('data', (d) => (data += d));
    req.on('end', () => {
      requests++;
      if (requests === 1) return void res.writeHead(503).end();
      received.push({ headers: req.headers, body: JSON.parse(data) as Record<string, unknown> });
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  hookUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;

  prefix = uniquePrefix('webhook-worker');
  dir = mkdtempSync(path.join(tmpdir(), 'cw-webhook-worker-'));
  writeFileSync(path.join(dir, 'sources.yaml'), 'sources: []\n');
  writeFileSync(
    path.join(dir, 'sinks.yaml'),
    [
      'sinks:',
      '  - type: webhook',
      '    name: team-hook',
      '    url: ${TEST_HOOK_URL}',
      '    backoff: 100ms',
      '  - type: webhook',
      '    name: dead-hook',
      `    url: http://127.0.0.1:${await closedPort()}/never`, // nothing listens: every attempt is refused
      '    retries: 1',
      '    backoff: 100ms',
      '',
    ].join('\n'),
  );
  site = await startFixtureServer(path.join(ROOT, 'test/fixtures/http'));
  env = {
    REDIS_URL,
    QUEUE_PREFIX: prefix,
    SOURCES_FILE: path.join(dir, 'sources.yaml'),
    SINKS_FILE: path.join(dir, 'sinks.yaml'),
    TEST_HOOK_URL: hookUrl,
    ALERT_LOG: path.join(dir, 'alerts.log'),
    ALLOW_PRIVATE_URLS: 'true',
  };
  worker = await startWorkerProcess(env);
});

afterAll(async () => {
  await worker?.stop();
  await site?.close();
  await new Promise((resolve) => receiver.close(resolve));
  await removePrefix(prefix);
  rmSync(dir, { recursive: true, force: true });
});

describe('webhook sinks in a running worker', () => {
  it('logs every alert, delivers it to the webhook after a retry, and survives a sink that is down', { timeout: 60_000 }, async () => {
    const url = `${site.base}/belarus-troops.html`;
    const check = await runCli(['check', '--json', url], env);
    expect(check.code, check.stderr).toBe(0);

    const { alerts } = await readAlerts(env.ALERT_LOG!);
    expect(alerts.length).toBeGreaterThan(0);
    // each logged alert reaches the live webhook once, after its first 503, with its id as idempotency key
    await waitFor(() => received.length >= alerts.length, { what: 'the webhook deliveries', timeoutMs: 30_000 });
    expect(received.map((r) => r.body.id).sort()).toEqual(alerts.map((a) => a.id).sort());
    for (const r of received) {
      expect(r.headers['idempotency-key']).toBe(r.body.id);
      expect(r.headers['content-type']).toBe('application/json');
      expect(r.body).toMatchObject({ url, source: 'manual' });
    }
    // the dead sink's failures are reported in the worker's log, not lost silently
    await waitFor(() => worker.output().includes('dead-hook'), { what: 'the dead sink to be reported', timeoutMs: 30_000 });
    expect(worker.output()).toMatch(/dead-hook.*not delivered after 2 attempts/);
  });
});

async function closedPort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve));
  const { port } = s.address() as AddressInfo;
  await new Promise((resolve) => s.close(resolve));
  return port;
}
