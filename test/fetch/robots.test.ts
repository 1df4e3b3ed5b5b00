import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FetchError } from '../../src/fetch/fetch-error.ts';
import { createFetcher, type Fetcher } from '../../src/fetch/fetcher.ts';
import { createHttpClient, type HttpClient } from '../../src/fetch/http-client.ts';
import { createRobotsChecker, robotsToken } from '../../src/fetch/robots.ts';
import { startServer, type FixtureServer } from './support/fixture-server.ts';
import { testRedis, type TestRedis } from './support/test-redis.ts';

const ROBOTS = `# test robots
User-agent: *
Disallow: /private/

User-agent: claimwatch
Disallow: /no-claimwatch/
Allow: /private/ok
`;

describe('robots.txt (real Redis, loopback servers)', () => {
  let r: TestRedis;
  let client: HttpClient;
  let withRules: FixtureServer;
  let missing: FixtureServer;
  let broken: FixtureServer;
  let slow: FixtureServer;
  let fetcher: Fetcher;

  beforeAll(async () => {
    r = testRedis();
    client = createHttpClient({ allowPrivate: true, timeoutMs: 10_000 });
    const page = (_req: unknown, res: import('node:http').ServerResponse) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end('<html><body>article</body></html>');
    };
    withRules = await startServer({
      '/robots.txt': (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/plain' });
        res.end(ROBOTS);
      },
      '/no-claimwatch/a': page,
      '/news/a': page,
    });
    missing = await startServer({ '/news/a': page });
    broken = await startServer({
      '/robots.txt': (_req, res) => {
        res.writeHead(503);
        res.end();
      },
      '/news/a': page,
    });
    slow = await startServer({
      '/robots.txt': (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/plain' });
        res.end('User-agent: *\nCrawl-delay: 2\nDisallow:\n');
      },
      '/news/a': page,
      '/news/b': page,
    });
    fetcher = createFetcher({ redis: r.redis, prefix: r.prefix, allowPrivate: true, hostIntervalMs: 0, hostConcurrency: 8 });
  });

  afterAll(async () => {
    await fetcher.close();
    await client.close();
    await Promise.all([withRules.close(), missing.close(), broken.close(), slow.close()]);
    await r.cleanup();
  });

  it('applies the group for our product token, else *', async () => {
    const robots = createRobotsChecker({ client, redis: r.redis, prefix: r.prefix });
    expect(await robots.isAllowed(`${withRules.url}/news/a`)).toBe(true);
    expect(await robots.isAllowed(`${withRules.url}/no-claimwatch/a`)).toBe(false);
    // claimwatch has its own group, so the * group's /private/ rule does not apply to it.
    expect(await robots.isAllowed(`${withRules.url}/private/x`)).toBe(true);
    expect(await robots.isAllowed(`${withRules.url}/private/x`, 'otherbot/1.0')).toBe(false);
    expect(await robots.isAllowed(`${withRules.url}/no-claimwatch/a`, 'otherbot/1.0')).toBe(true);
  });

  it('fetches robots.txt once per host and caches it in Redis with a TTL', async () => {
    const before = withRules.requests.filter((q) => q.path === '/robots.txt').length;
    const fresh = createRobotsChecker({ client, redis: r.redis, prefix: r.prefix });
    await fresh.isAllowed(`${withRules.url}/news/b`);
    await fresh.isAllowed(`${withRules.url}/news/c`);
    expect(withRules.requests.filter((q) => q.path === '/robots.txt').length).toBe(before);
    const ttl = await r.redis.ttl(`${r.prefix}:robots:${withRules.url}`);
    expect(ttl).toBeGreaterThan(23 * 3600);
  });

  it('allows everything when robots.txt is missing (404)', async () => {
    const robots = createRobotsChecker({ client, redis: r.redis, prefix: r.prefix });
    expect(await robots.isAllowed(`${missing.url}/anything/at/all`)).toBe(true);
  });

  it('disallows everything for a short time when robots.txt answers 5xx', async () => {
    const robots = createRobotsChecker({ client, redis: r.redis, prefix: r.prefix, errorTtlSeconds: 120 });
    expect(await robots.isAllowed(`${broken.url}/news/a`)).toBe(false);
    const ttl = await r.redis.ttl(`${r.prefix}:robots:${broken.url}`);
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(120);
  });

  it('the fetcher treats an unreachable robots.txt as a temporary refusal with a retry time', async () => {
    const err = await fetcher.fetch(`${broken.url}/news/a`, { kind: 'article', sourceId: 'src-2' }).catch((e: unknown) => e);
    expect((err as FetchError).kind).toBe('robots-disallowed');
    expect((err as FetchError).permanent).toBe(false);
    expect((err as FetchError).retryAfterMs).toBeGreaterThan(0);
    expect((err as FetchError).message).toContain('unreachable');
    expect(broken.requests.some((q) => q.path === '/news/a')).toBe(false);
  });

  it('the fetcher refuses a disallowed article with a permanent robots-disallowed error, and fetches feeds regardless', async () => {
    const err = await fetcher.fetch(`${withRules.url}/no-claimwatch/a`, { kind: 'article', sourceId: 'src-1' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(FetchError);
    expect((err as FetchError).kind).toBe('robots-disallowed');
    expect((err as FetchError).permanent).toBe(true);
    expect((err as FetchError).message).toContain('src-1');
    expect(withRules.requests.some((q) => q.path === '/no-claimwatch/a')).toBe(false);
    // Feeds are meant to be polled: robots is not consulted unless asked.
    const feed = await fetcher.fetch(`${withRules.url}/no-claimwatch/a`, { kind: 'feed', sourceId: 'src-1' });
    expect(feed.status).toBe(200);
    // ...and a source can turn it off for articles.
    const off = await fetcher.fetch(`${withRules.url}/no-claimwatch/a`, { kind: 'article', sourceId: 'src-1', respectRobots: false });
    expect(off.status).toBe(200);
  });

  it("widens the host's interval to its Crawl-delay", async () => {
    const first = await fetcher.fetch(`${slow.url}/news/a`, { kind: 'article', sourceId: 'slow' });
    expect(first.status).toBe(200);
    // This fetcher's own interval is 0: only the Crawl-delay can make the host busy.
    const err = await fetcher.fetch(`${slow.url}/news/b`, { kind: 'article', sourceId: 'slow' }).catch((e: unknown) => e);
    expect((err as FetchError).kind).toBe('host-busy');
    expect((err as FetchError).retryAfterMs).toBeGreaterThan(0);
    expect((err as FetchError).retryAfterMs).toBeLessThanOrEqual(2000);
    expect(slow.requests.some((q) => q.path === '/news/b')).toBe(false);
  });

  it('extracts the product token from user agents', () => {
    expect(robotsToken('claimwatch/0.1 (+https://github.com/claimwatch/claimwatch)')).toBe('claimwatch');
    expect(robotsToken('Mozilla/5.0 (compatible; ClaimwatchBot/1.0; +https://x)')).toBe('ClaimwatchBot');
    expect(robotsToken('plainbot')).toBe('plainbot');
  });
});
