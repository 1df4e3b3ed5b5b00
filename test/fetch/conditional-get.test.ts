import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createConditionalGet } from '../../src/fetch/conditional-get.ts';
import { createFetcher, type Fetcher } from '../../src/fetch/fetcher.ts';
import { startServer, type FixtureServer } from './support/fixture-server.ts';
import { testRedis, type TestRedis } from './support/test-redis.ts';

const RSS = (n: number) => `<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><item><title>Item ${n}</title><link>https://example.com/${n}</link></item></channel></rss>`;

describe('conditional GET through the fetcher (real Redis)', () => {
  let srv: FixtureServer;
  let r: TestRedis;
  let fetcher: Fetcher;
  let version = 1;

  beforeAll(async () => {
    r = testRedis();
    srv = await startServer({
      // Honours If-None-Match / If-Modified-Since like a well-behaved server.
      '/etag': (req, res) => {
        const etag = `"v${version}"`;
        if (req.headers['if-none-match'] === etag) {
          res.writeHead(304, { etag });
          return res.end();
        }
        res.writeHead(200, { 'content-type': 'application/rss+xml', etag });
        res.end(RSS(version));
      },
      '/last-modified': (req, res) => {
        const lm = 'Sat, 10 Aug 2024 10:00:00 GMT';
        if (req.headers['if-modified-since'] === lm) {
          res.writeHead(304);
          return res.end();
        }
        res.writeHead(200, { 'content-type': 'application/rss+xml', 'last-modified': lm });
        res.end(RSS(1));
      },
      // Ignores conditional headers but sends the same ETag: a 200 that did not change.
      '/ignores-conditionals': (_req, res) => {
        res.writeHead(200, { 'content-type': 'application/rss+xml', etag: '"same"' });
        res.end(RSS(7));
      },
      // No validators at all, same body every time.
      '/no-validators': (_req, res) => {
        res.writeHead(200, { 'content-type': 'application/rss+xml' });
        res.end(RSS(version));
      },
    });
    fetcher = createFetcher({ redis: r.redis, prefix: r.prefix, allowPrivate: true, hostIntervalMs: 0, hostConcurrency: 4 });
  });

  afterAll(async () => {
    await fetcher.close();
    await srv.close();
    await r.cleanup();
  });

  it('the second poll is a 304 that transfers no body', async () => {
    const url = `${srv.url}/etag`;
    const first = await fetcher.fetch(url, { kind: 'feed', sourceId: 's1' });
    expect(first.notModified).toBe(false);
    expect(first.bytes).toBeGreaterThan(0);
    const sentBefore = srv.bodyBytesSent;
    const second = await fetcher.fetch(url, { kind: 'feed', sourceId: 's1' });
    expect(second).toMatchObject({ status: 304, notModified: true, bytes: 0 });
    expect(srv.bodyBytesSent).toBe(sentBefore);
    expect(srv.requests.at(-1)!.headers['if-none-match']).toBe('"v1"');

    version = 2;
    const third = await fetcher.fetch(url, { kind: 'feed', sourceId: 's1' });
    expect(third.notModified).toBe(false);
    expect(third.body.toString()).toContain('Item 2');
    expect(srv.bodyBytesSent).toBeGreaterThan(sentBefore);
    version = 1;
  });

  it('uses Last-Modified when there is no ETag', async () => {
    const url = `${srv.url}/last-modified`;
    await fetcher.fetch(url, { kind: 'feed', sourceId: 's2' });
    const second = await fetcher.fetch(url, { kind: 'feed', sourceId: 's2' });
    expect(second.status).toBe(304);
    expect(srv.requests.at(-1)!.headers['if-modified-since']).toBe('Sat, 10 Aug 2024 10:00:00 GMT');
  });

  it('counts a 200 with unchanged validators as not modified', async () => {
    const url = `${srv.url}/ignores-conditionals`;
    expect((await fetcher.fetch(url, { kind: 'feed', sourceId: 's3' })).notModified).toBe(false);
    const second = await fetcher.fetch(url, { kind: 'feed', sourceId: 's3' });
    expect(second.status).toBe(200);
    expect(second.notModified).toBe(true);
  });

  it('counts an identical body as not modified when the server sends no validators', async () => {
    const url = `${srv.url}/no-validators`;
    expect((await fetcher.fetch(url, { kind: 'feed', sourceId: 's4' })).notModified).toBe(false);
    expect((await fetcher.fetch(url, { kind: 'feed', sourceId: 's4' })).notModified).toBe(true);
    version = 3;
    expect((await fetcher.fetch(url, { kind: 'feed', sourceId: 's4' })).notModified).toBe(false);
    version = 1;
  });

  it('does not use validators when conditional is off', async () => {
    const url = `${srv.url}/etag`;
    const r1 = await fetcher.fetch(url, { kind: 'feed', sourceId: 's5', conditional: false });
    expect(r1.status).toBe(200);
    expect(srv.requests.at(-1)!.headers['if-none-match']).toBeUndefined();
  });

  it('keeps validators in a small hash under <prefix>:http:<sha1>, with a TTL', async () => {
    const store = createConditionalGet({ redis: r.redis, prefix: r.prefix });
    const key = store.key(`${srv.url}/etag`);
    expect(key).toMatch(new RegExp(`^${r.prefix}:http:[0-9a-f]{40}$`));
    // The last full response (version 2) set the validators.
    expect(await r.redis.hget(key, 'etag')).toBe('"v2"');
    const ttl = await r.redis.ttl(key);
    expect(ttl).toBeGreaterThan(29 * 24 * 3600);
    expect(await store.load(`${srv.url}/never-fetched`)).toBeNull();
  });
});
