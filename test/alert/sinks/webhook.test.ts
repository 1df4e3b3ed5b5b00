import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { notifySinks } from '../../../src/alert/sinks/notify-sinks.ts';
import { SinkError } from '../../../src/alert/sinks/sink.ts';
import { createWebhookSink } from '../../../src/alert/sinks/webhook.ts';
import type { ContradictionAlert } from '../../../src/alert/types.ts';
import { waitFor } from '../../support/wait-for.ts';

interface Received {
  headers: IncomingHttpHeaders;
  body: Record<string, unknown>;
  at: number;
}

/** A loopback receiver that answers each request with the next planned status (then 200). */
let server: Server;
let base: string;
let received: Received[];
let plan: Array<number | 'hang' | { status: number; retryAfter: string }>;

beforeEach(async () => {
  received = [];
  plan = [];
  server = createServer((req, res) => {
    let data = '';
    req.on('data', (d) => (data += d));
    req.on('end', () => {
      received.push({ headers: req.headers, body: JSON.parse(data) as Record<string, unknown>, at: Date.now() });
      const step = plan.shift() ?? 200;
      if (step === 'hang') return; // never answers: the sink's timeout must fire
      if (typeof step === 'object') res.writeHead(step.status, { 'retry-after': step.retryAfter }).end();
      else res.writeHead(step).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterEach(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const alert: ContradictionAlert = {
  alert: 'contradiction',
  id: 'a1-1100-troops-30-miles',
  url: 'https://belsat.eu/en/news/troops',
  title: 'Opposition counts 15,000 troops',
  source: 'belsat-en',
  claim: '1100-troops-30-miles',
  evidence: 'Some 15,000 soldiers were moved south.',
  reason: 'count 15,000 vs claimed about 1,100',
  confidence: 0.85,
};

describe('webhook sink', () => {
  it('POSTs the alert as JSON with its id as Idempotency-Key and the configured headers', async () => {
    const sink = createWebhookSink({ name: 'chat', url: `${base}/hook`, headers: { authorization: 'Bearer s3cret' } });
    await sink.send(alert);
    expect(received).toHaveLength(1);
    expect(received[0]!.headers).toMatchObject({
      'content-type': 'application/json',
      'idempotency-key': alert.id,
      authorization: 'Bearer s3cret',
    });
    expect(received[0]!.body).toMatchObject({ ...alert });
    expect(typeof received[0]!.body.time).toBe('number');
    await sink.close();
  });

  it('retries 5xx and timeouts with growing delays, the same body each time', async () => {
    plan = [503, 'hang', 500];
    const sink = createWebhookSink({ name: 'chat', url: base, timeoutMs: 300, retries: 4, backoffMs: 50 });
    await sink.send(alert);
    expect(received).toHaveLength(4);
    expect(new Set(received.map((r) => JSON.stringify(r.body))).size).toBe(1);
    const gaps = received.slice(1).map((r, i) => r.at - received[i]!.at);
    expect(gaps[0]).toBeGreaterThanOrEqual(25); // backoff 50 ms with jitter: at least half
    expect(gaps[1]).toBeGreaterThanOrEqual(300 + 50); // the timeout, then a longer backoff
    await sink.close();
  });

  it('honours Retry-After on 429', async () => {
    plan = [{ status: 429, retryAfter: '1' }];
    const sink = createWebhookSink({ name: 'chat', url: base, backoffMs: 10 });
    await sink.send(alert);
    expect(received).toHaveLength(2);
    expect(received[1]!.at - received[0]!.at).toBeGreaterThanOrEqual(950);
    await sink.close();
  });

  it('gives up after the retries with a SinkError naming the sink, the alert and the attempts', async () => {
    plan = [503, 503, 503];
    const sink = createWebhookSink({ name: 'chat', url: base, retries: 2, backoffMs: 10 });
    const err = await sink.send(alert).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SinkError);
    expect(err).toMatchObject({ sink: 'chat', alertId: alert.id, attempts: 3 });
    expect((err as Error).message).toMatch(/HTTP 503/);
    expect(received).toHaveLength(3);
    await sink.close();
  });

  it('does not retry a 4xx the receiver will never accept', async () => {
    plan = [400];
    const sink = createWebhookSink({ name: 'chat', url: base, backoffMs: 10 });
    await expect(sink.send(alert)).rejects.toThrow(/HTTP 400 .*not retried/);
    expect(received).toHaveLength(1);
    await sink.close();
  });

  it('reports a receiver that is down as a network error', async () => {
    const sink = createWebhookSink({ name: 'chat', url: `${await closedPort()}/hook`, retries: 1, backoffMs: 10 });
    await expect(sink.send(alert)).rejects.toThrow(/ECONNREFUSED/);
    await sink.close();
  });

  it('sends only the configured kinds', async () => {
    const sink = createWebhookSink({ name: 'chat', url: base, kinds: ['new'] });
    await sink.send(alert);
    expect(received).toHaveLength(0);
    await sink.close();
  });

  it('close() stops a delivery that is waiting to retry, and refuses new alerts', async () => {
    plan = [503];
    const sink = createWebhookSink({ name: 'chat', url: base, backoffMs: 60_000, closeTimeoutMs: 50 });
    const delivery = sink.send(alert).catch((e: unknown) => e);
    await waitFor(() => received.length === 1, { what: 'the first attempt' });
    const started = Date.now();
    await sink.close();
    expect(Date.now() - started).toBeLessThan(5000);
    expect(await delivery).toBeInstanceOf(SinkError);
    await expect(sink.send(alert)).rejects.toThrow(/sink closed/);
  });

  it('notifySinks returns at once and hands failures to onError, never throwing', async () => {
    plan = [400];
    const sinks = [createWebhookSink({ name: 'a', url: base }), createWebhookSink({ name: 'b', url: await closedPort(), retries: 0 })];
    const errors: SinkError[] = [];
    notifySinks(sinks, alert, (e) => errors.push(e));
    await waitFor(() => errors.length === 2, { what: 'both failures' });
    expect(errors.map((e) => e.sink).sort()).toEqual(['a', 'b']);
    await Promise.all(sinks.map((s) => s.close()));
  });
});

/** The address of a port nothing listens on (a server that was just closed). */
async function closedPort(): Promise<string> {
  const s = createServer();
  await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve));
  const { port } = s.address() as AddressInfo;
  await new Promise((resolve) => s.close(resolve));
  return `http://127.0.0.1:${port}`;
}
