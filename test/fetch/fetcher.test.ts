import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FetchError } from '../../src/fetch/fetch-error.ts';
import { createFetcher, type Fetcher } from '../../src/fetch/fetcher.ts';
import { startServer, type FixtureServer } from './support/fixture-server.ts';
import { testRedis, type TestRedis } from './support/test-redis.ts';

async function fetchError(p: Promise<unknown>): Promise<FetchError> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(FetchError);
  return err as FetchError;
}

describe('createFetcher (real Redis, loopback)', () => {
  let r: TestRedis;
  let srv: FixtureServer;
  let open: Fetcher;
  let strict: Fetcher;

  beforeAll(async () => {
    r = testRedis();
    srv = await startServer({
      '/ok': (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/html' });
        res.end('<html><body>ok</body></html>');
      },
      '/never': () => undefined,
      '/gone': (_req, res) => {
        res.writeHead(410);
        res.end();
      },
    });
    open = createFetcher({ redis: r.redis, prefix: r.prefix, allowPrivate: true, hostIntervalMs: 0, http: { timeoutMs: 1000 } });
    strict = createFetcher({ redis: r.redis, prefix: `${r.prefix}:strict`, allowPrivate: false });
  });

  afterAll(async () => {
    await open.close();
    await strict.close();
    await srv.close();
    await r.cleanup();
  });

  it('refuses a private address by default, before sending anything', async () => {
    const before = srv.requests.length;
    const err = await fetchError(strict.fetch(`${srv.url}/ok`, { kind: 'feed', sourceId: 'local' }));
    expect(err.kind).toBe('private-address');
    expect(err.permanent).toBe(true);
    expect(srv.requests.length).toBe(before);
  });

  it('fetches the same address with allowPrivate', async () => {
    const res = await open.fetch(`${srv.url}/ok`, { kind: 'feed', sourceId: 'local' });
    expect(res.status).toBe(200);
  });

  it('rejects non-http URLs as permanent bad-url errors naming the source', async () => {
    const err = await fetchError(open.fetch('ftp://example.com/feed', { kind: 'feed', sourceId: 'src-ftp' }));
    expect(err.kind).toBe('bad-url');
    expect(err.permanent).toBe(true);
    expect(err.message).toContain('src-ftp');
  });

  it('releases the host slot after a failure: a timeout and a 410 do not hold the host', async () => {
    expect((await fetchError(open.fetch(`${srv.url}/never`, { kind: 'feed', sourceId: 'slow' }))).kind).toBe('timeout');
    expect((await fetchError(open.fetch(`${srv.url}/gone`, { kind: 'article', sourceId: 'gone', respectRobots: false }))).kind).toBe('http-status');
    const res = await open.fetch(`${srv.url}/ok`, { kind: 'feed', sourceId: 'next' });
    expect(res.status).toBe(200);
  });
});
