import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { FetchError } from '../../src/fetch/fetch-error.ts';
import { createFetcher, type Fetcher } from '../../src/fetch/fetcher.ts';
import { createHostPacer } from '../../src/fetch/host-pacing.ts';
import { startServer, type FixtureServer } from './support/fixture-server.ts';
import { waitFor } from '../support/wait-for.ts';
import { testRedis, type TestRedis } from './support/test-redis.ts';

describe('host pacing (real Redis, two workers)', () => {
  let r: TestRedis;
  beforeAll(() => {
    r = testRedis();
  });
  afterAll(() => r.cleanup());

  it('gives one slot per host across workers and answers at once for the others', async () => {
    const a = createHostPacer({ redis: r.connect(), prefix: r.prefix, intervalMs: 0 });
    const b = createHostPacer({ redis: r.connect(), prefix: r.prefix, intervalMs: 0 });
    const held = await a.acquire('news.example.com');
    expect(held.ok).toBe(true);
    const busy = await b.acquire('news.example.com');
    expect(busy.ok).toBe(false);
    if (!busy.ok) expect(busy.waitMs).toBeGreaterThan(0);
    // Another host is not held up by the busy one.
    const other = await b.acquire('other.example.org');
    expect(other.ok).toBe(true);
    if (held.ok) await held.release();
    const again = await b.acquire('NEWS.example.com');
    expect(again.ok).toBe(true);
    if (again.ok) await again.release();
    if (other.ok) await other.release();
  });

  it('honours the concurrency setting', async () => {
    const p = createHostPacer({ redis: r.redis, prefix: r.prefix, concurrency: 2, intervalMs: 0 });
    const s1 = await p.acquire('two.example.com');
    const s2 = await p.acquire('two.example.com');
    const s3 = await p.acquire('two.example.com');
    expect([s1.ok, s2.ok, s3.ok]).toEqual([true, true, false]);
    for (const s of [s1, s2]) if (s.ok) await s.release();
  });

  it('enforces the minimum interval between starts and says how long to wait', async () => {
    const p = createHostPacer({ redis: r.redis, prefix: r.prefix, intervalMs: 1000 });
    const t0 = Date.now();
    const first = await p.acquire('slow.example.com');
    expect(first.ok).toBe(true);
    if (first.ok) await first.release();
    const second = await p.acquire('slow.example.com');
    expect(second.ok).toBe(false);
    if (!second.ok) {
      expect(second.waitMs).toBeGreaterThan(0);
      expect(second.waitMs).toBeLessThanOrEqual(1000);
    }
    // Redis and this process share the machine's clock: the next start is at least 1 s after t0.
    const slot = await p.waitForSlot('slow.example.com', 3000);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(995);
    await slot.release();
  });

  it('spreads a burst of refused callers over successive turns instead of sending them back together', async () => {
    const p = createHostPacer({ redis: r.redis, prefix: r.prefix, intervalMs: 200 });
    const first = await p.acquire('burst.example.com');
    expect(first.ok).toBe(true);
    const waits: number[] = [];
    const started = Date.now();
    for (let i = 0; i < 4; i++) {
      const busy = await p.acquire('burst.example.com');
      expect(busy.ok).toBe(false);
      if (!busy.ok) waits.push(busy.waitMs);
    }
    const elapsed = Date.now() - started;
    // Turns are one interval apart on Redis time; the waits shrink only by the time that passed between calls.
    for (let i = 1; i < waits.length; i++) expect(waits[i]!).toBeGreaterThan(waits[i - 1]!);
    expect(waits.at(-1)! - waits[0]!).toBeGreaterThanOrEqual(3 * 200 - elapsed);
    if (first.ok) await first.release();
  });

  it('frees the slot of a crashed worker when its lease expires', async () => {
    const crashed = createHostPacer({ redis: r.redis, prefix: r.prefix, intervalMs: 0, leaseMs: 300 });
    const held = await crashed.acquire('crash.example.com');
    expect(held.ok).toBe(true); // never released
    const survivor = createHostPacer({ redis: r.connect(), prefix: r.prefix, intervalMs: 0, leaseMs: 300 });
    expect((await survivor.acquire('crash.example.com')).ok).toBe(false);
    let got = false;
    await waitFor(
      async () => {
        const s = await survivor.acquire('crash.example.com');
        if (s.ok) {
          got = true;
          await s.release();
        }
        return got;
      },
      { what: 'the lease to expire', timeoutMs: 3000, intervalMs: 20 },
    );
    expect(got).toBe(true);
  });

  it('waitForSlot gives up at the deadline with host-busy', async () => {
    const p = createHostPacer({ redis: r.redis, prefix: r.prefix, intervalMs: 0 });
    const held = await p.acquire('held.example.com');
    await expect(p.waitForSlot('held.example.com', 200)).rejects.toMatchObject({ kind: 'host-busy', permanent: false });
    if (held.ok) await held.release();
  });

  it('rejects bad options by name', () => {
    expect(() => createHostPacer({ redis: r.redis, prefix: r.prefix, concurrency: 0 })).toThrow(/concurrency/);
  });
});

describe('per-host pacing across two fetchers on one server', () => {
  let r: TestRedis;
  let srv: FixtureServer;
  const fetchers: Fetcher[] = [];
  let release: (() => void) | null = null;

  beforeAll(async () => {
    r = testRedis();
    srv = await startServer({
      '/slow': async (_req, res) => {
        await new Promise<void>((resolve) => (release = resolve));
        res.writeHead(200, { 'content-type': 'text/html' });
        res.end('<html><body>slow</body></html>');
      },
      '/fast': (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/html' });
        res.end('<html><body>fast</body></html>');
      },
    });
  });
  afterEach(async () => {
    await Promise.all(fetchers.splice(0).map((f) => f.close()));
  });
  afterAll(async () => {
    await srv.close();
    await r.cleanup();
  });

  it('the second worker gets host-busy with a retry delay while the first holds the host; another host is served', async () => {
    const one = createFetcher({ redis: r.connect(), prefix: r.prefix, allowPrivate: true, hostIntervalMs: 1000 });
    const two = createFetcher({ redis: r.connect(), prefix: r.prefix, allowPrivate: true, hostIntervalMs: 1000 });
    fetchers.push(one, two);
    const slow = one.fetch(`${srv.url}/slow`, { kind: 'feed', sourceId: 'a' });
    await waitFor(() => release !== null, { what: 'the slow request to arrive', timeoutMs: 5000, intervalMs: 10 });
    const err = await two.fetch(`${srv.url}/fast`, { kind: 'feed', sourceId: 'b' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(FetchError);
    expect((err as FetchError).kind).toBe('host-busy');
    expect((err as FetchError).permanent).toBe(false);
    expect((err as FetchError).retryAfterMs).toBeGreaterThan(0);
    // Same server under another host name ("localhost"): a different host, not blocked.
    const other = await two.fetch(`http://localhost:${srv.port}/fast`, { kind: 'feed', sourceId: 'c' });
    expect(other.status).toBe(200);
    release!();
    expect((await slow).status).toBe(200);
    expect(srv.requests.filter((q) => q.path === '/fast')).toHaveLength(1);
  });

  it('never has two requests in flight to one host, and spaces their starts', async () => {
    const workers = [0, 1].map(() => createFetcher({ redis: r.connect(), prefix: `${r.prefix}:b`, allowPrivate: true, hostIntervalMs: 150 }));
    fetchers.push(...workers);
    let done = 0;
    const before = srv.requests.length;
    srv.resetMaxInFlight();
    // Each worker polls until it has fetched 3 times, moving itself "to delayed" on host-busy.
    await Promise.all(
      workers.map(async (w, i) => {
        for (let n = 0; n < 3; ) {
          try {
            await w.fetch(`${srv.url}/fast`, { kind: 'feed', sourceId: `w${i}` });
            n++;
            done++;
          } catch (e) {
            if (!(e instanceof FetchError) || e.kind !== 'host-busy') throw e;
            await new Promise((res) => setTimeout(res, e.retryAfterMs));
          }
        }
      }),
    );
    expect(done).toBe(6);
    expect(srv.maxInFlight).toBe(1);
    // Arrival times at the server, so the spacing measured is the one the site sees.
    const starts = srv.requests.slice(before).map((q) => q.at);
    expect(starts).toHaveLength(6);
    // Slots are 150 ms apart on Redis time; arrival at the server adds scheduling jitter under load,
    // so each gap gets slack and the whole run is held to the sum of the intervals.
    for (let i = 1; i < starts.length; i++) expect(starts[i]! - starts[i - 1]!).toBeGreaterThanOrEqual(50);
    expect(starts.at(-1)! - starts[0]!).toBeGreaterThanOrEqual(5 * 150 - 50);
  });
});
