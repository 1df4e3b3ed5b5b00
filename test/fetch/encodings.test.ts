import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { load } from 'cheerio/slim';
import { decodeBody } from '../../src/fetch/decode.ts';
import { createFetcher, type Fetcher } from '../../src/fetch/fetcher.ts';
import { parseFeed } from '../../src/feed/parse-feed.ts';
import { FeedError } from '../../src/feed/feed-error.ts';
import { fixture, startServer, type FixtureServer } from './support/fixture-server.ts';
import { testRedis, type TestRedis } from './support/test-redis.ts';

const expected = JSON.parse(fixture('expected-cyrillic.json').toString('utf8')) as { feedTitle: string; firstItemTitle: string; pageTitle: string };

/** Serves fixtures with a Content-Type that names no charset, as many Cyrillic sites do. */
const serve = (path: string, type: string) => (_req: unknown, res: import('node:http').ServerResponse) => {
  res.writeHead(200, { 'content-type': type });
  res.end(fixture(path));
};

describe('fetch -> decode -> parse for feeds and pages in Cyrillic encodings (loopback)', () => {
  let srv: FixtureServer;
  let r: TestRedis;
  let fetcher: Fetcher;

  beforeAll(async () => {
    r = testRedis();
    srv = await startServer({
      '/rss-1251': serve('feeds/rss-windows-1251.xml', 'application/rss+xml'),
      '/rss-koi8': serve('feeds/rss-koi8-r.xml', 'text/xml'),
      '/page-1251-meta': serve('pages/page-windows-1251-meta.html', 'text/html'),
      '/page-1251-bare': serve('pages/page-windows-1251-bare.html', 'text/html'),
      '/page-koi8-bare': serve('pages/page-koi8-r-bare.html', 'text/html'),
      '/atom': serve('feeds/atom.xml', 'application/atom+xml'),
      '/rdf': serve('feeds/rss1.rdf', 'application/rdf+xml'),
      '/json': serve('feeds/feed.json', 'application/feed+json'),
      '/json-as-octets': serve('feeds/feed.json', 'application/octet-stream'),
      '/malformed': serve('feeds/malformed.xml', 'application/rss+xml'),
      '/html-not-feed': serve('pages/html-with-alternate.html', 'text/html; charset=utf-8'),
    });
    fetcher = createFetcher({ redis: r.redis, prefix: r.prefix, allowPrivate: true, hostIntervalMs: 0, hostConcurrency: 8 });
  });

  afterAll(async () => {
    await fetcher.close();
    await srv.close();
    await r.cleanup();
  });

  async function getFeed(path: string) {
    const res = await fetcher.fetch(`${srv.url}${path}`, { kind: 'feed', sourceId: 'enc', conditional: false });
    const decoded = decodeBody(res.body, res.charset);
    return { decoded, feed: await parseFeed(decoded.text, res.finalUrl) };
  }

  async function getPageTitle(path: string) {
    const res = await fetcher.fetch(`${srv.url}${path}`, { kind: 'article', sourceId: 'enc', respectRobots: false });
    expect(res.charset).toBeNull();
    const decoded = decodeBody(res.body, res.charset);
    return { decoded, title: load(decoded.text)('title').text() };
  }

  it('decodes a windows-1251 RSS feed served without a charset (XML declaration)', async () => {
    const { decoded, feed } = await getFeed('/rss-1251');
    expect(decoded.encoding).toBe('windows-1251');
    expect(decoded.from).toBe('xml-declaration');
    expect(feed.title).toBe(expected.feedTitle);
    expect(feed.entries[0]!.title).toBe(expected.firstItemTitle);
  });

  it('decodes a koi8-r RSS feed', async () => {
    const { decoded, feed } = await getFeed('/rss-koi8');
    expect(decoded.encoding).toBe('koi8-r');
    expect(feed.entries[0]!.title).toBe(expected.firstItemTitle);
  });

  it('decodes a windows-1251 page without a charset header by its <meta http-equiv>', async () => {
    const { decoded, title } = await getPageTitle('/page-1251-meta');
    expect(decoded.from).toBe('meta');
    expect(title).toBe(expected.pageTitle);
  });

  it('decodes windows-1251 and koi8-r pages that declare nothing at all (sniffed)', async () => {
    const cp = await getPageTitle('/page-1251-bare');
    expect([cp.decoded.encoding, cp.decoded.from]).toEqual(['windows-1251', 'sniffed']);
    expect(cp.title).toBe(expected.pageTitle);
    const koi = await getPageTitle('/page-koi8-bare');
    expect([koi.decoded.encoding, koi.decoded.from]).toEqual(['koi8-r', 'sniffed']);
    expect(koi.title).toBe(expected.pageTitle);
  });

  it('parses Atom, RSS 1.0 and JSON Feed fetched over HTTP, JSON Feed even as application/octet-stream', async () => {
    expect((await getFeed('/atom')).feed.format).toBe('atom');
    expect((await getFeed('/rdf')).feed.format).toBe('rdf');
    expect((await getFeed('/json')).feed.entries).toHaveLength(2);
    expect((await getFeed('/json-as-octets')).feed.format).toBe('json');
  });

  it('reports a malformed RSS file and an HTML page where a feed was expected', async () => {
    const malformed = await getFeed('/malformed').catch((e: unknown) => e);
    expect(malformed).toBeInstanceOf(FeedError);
    expect((malformed as FeedError).kind).toBe('malformed');
    const html = await getFeed('/html-not-feed').catch((e: unknown) => e);
    expect((html as FeedError).kind).toBe('not-a-feed');
    expect((html as FeedError).alternateUrl).toBe('https://news.example.org/en/feeds/all.rss');
  });
});
