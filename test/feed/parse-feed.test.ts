import { describe, expect, it } from 'vitest';
import { decodeBody } from '../../src/fetch/decode.ts';
import { FeedError } from '../../src/feed/feed-error.ts';
import { findAlternateFeeds } from '../../src/feed/find-alternate.ts';
import { parseFeed } from '../../src/feed/parse-feed.ts';
import { fixture } from '../fetch/support/fixture-server.ts';

const BASE = 'https://feeds.example.org/x/feed';
const text = (path: string) => decodeBody(fixture(path), null).text;

async function feedError(p: Promise<unknown>): Promise<FeedError> {
  try {
    await p;
  } catch (err) {
    expect(err).toBeInstanceOf(FeedError);
    return err as FeedError;
  }
  throw new Error('expected a FeedError');
}

describe('parseFeed', () => {
  it('parses RSS 2.0: guid, absolute links, dates, entries without a URL skipped', async () => {
    const feed = await parseFeed(text('feeds/rss2.xml'), BASE);
    expect(feed.format).toBe('rss');
    expect(feed.title).toBe('Border Watch News');
    expect(feed.entries).toEqual([
      {
        guid: 'bw-10231',
        url: 'https://news.example.org/2024/08/10/belarus-troops-gomel-mazyr',
        title: 'Belarus moves troops toward Gomel and Mazyr directions',
        publishedAt: '2024-08-10T14:05:00.000Z',
      },
      {
        guid: 'https://news.example.org/2024/08/23/opposition-1100-troops',
        // relative <link>, resolved against the channel's site link
        url: 'https://news.example.org/2024/08/23/opposition-1100-troops',
        title: 'Opposition: about 1,100 troops near the border',
        publishedAt: '2024-08-23T09:00:00.000Z',
      },
      {
        guid: 'https://news.example.org/2024/08/24/guid-only',
        url: 'https://news.example.org/2024/08/24/guid-only',
        title: 'Item with only a permalink guid',
        publishedAt: null,
      },
    ]);
  });

  it('parses RSS 0.91', async () => {
    const feed = await parseFeed(text('feeds/rss091.xml'), BASE);
    expect(feed.format).toBe('rss');
    expect(feed.entries.map((e) => e.url)).toEqual(['http://wire.example.net/story/4412.html']);
  });

  it('parses RSS 1.0 (RDF)', async () => {
    const feed = await parseFeed(text('feeds/rss1.rdf'), BASE);
    expect(feed.format).toBe('rdf');
    expect(feed.title).toBe('RDF Monitor');
    expect(feed.entries).toHaveLength(2);
    expect(feed.entries[0]).toEqual({
      guid: 'https://rdf.example.com/a/1',
      url: 'https://rdf.example.com/a/1',
      title: 'Mechanised units sent to the border for the first time since 2022',
      publishedAt: '2024-08-11T05:30:00.000Z',
    });
  });

  it('parses Atom: the alternate link, not the edit link; relative links against the site', async () => {
    const feed = await parseFeed(text('feeds/atom.xml'), BASE);
    expect(feed.format).toBe('atom');
    expect(feed.title).toBe('Atom Border Desk');
    expect(feed.entries).toEqual([
      {
        guid: 'tag:atom.example.com,2024:77',
        url: 'https://atom.example.com/news/tumar-warning',
        title: 'Tumar: Belarusians would fight any invasion',
        publishedAt: '2024-08-19T10:00:00.000Z',
      },
      {
        guid: 'tag:atom.example.com,2024:78',
        url: 'https://atom.example.com/news/relative-entry',
        title: 'Relative link entry',
        publishedAt: '2024-08-20T09:15:00.000Z',
      },
    ]);
  });

  it('parses JSON Feed 1.1 (url, external_url, numeric ids) and 1.0', async () => {
    const feed = await parseFeed(text('feeds/feed.json'), BASE);
    expect(feed.format).toBe('json');
    expect(feed.title).toBe('JSON Border Feed');
    expect(feed.entries).toEqual([
      {
        guid: 'j-1',
        url: 'https://json.example.com/posts/russian-nukes-in-belarus',
        title: "Russian nuclear weapons remain under Moscow's control",
        publishedAt: '2024-08-21T05:00:00.000Z',
      },
      { guid: '2', url: 'https://json.example.com/posts/link-only', title: 'Link post', publishedAt: null },
    ]);
    const one = await parseFeed(text('feeds/feed-1.0.json'), BASE);
    expect(one.entries.map((e) => e.guid)).toEqual(['https://one.example.com/p/1']);
  });

  it('detects the format from the body, whatever the leading BOM or whitespace', async () => {
    const feed = await parseFeed(`\uFEFF\n\n  ${text('feeds/atom.xml')}`, BASE);
    expect(feed.format).toBe('atom');
  });

  it('repairs HTML entities and bare ampersands instead of failing', async () => {
    const feed = await parseFeed(text('feeds/sloppy-entities.xml'), BASE);
    expect(feed.title).toBe('Sloppy & Co\u00a0News');
    expect(feed.entries[0]).toMatchObject({ title: 'Troops — and trucks & tanks', url: 'https://sloppy.example.com/a?id=1&page=2' });
  });

  it('reports malformed RSS as a malformed FeedError with the parser position', async () => {
    const err = await feedError(parseFeed(text('feeds/malformed.xml'), BASE));
    expect(err.kind).toBe('malformed');
    expect(err.permanent).toBe(true);
    expect(err.message).toContain(BASE);
    expect(err.message).toMatch(/Line: \d+/);
  });

  it('reports invalid JSON and a non-feed JSON document', async () => {
    expect((await feedError(parseFeed('{"version": "https://jsonfeed.org/version/1.1", "items": [', BASE))).kind).toBe('malformed');
    expect((await feedError(parseFeed('{"data": []}', BASE))).kind).toBe('not-a-feed');
    expect((await feedError(parseFeed('{"version": "https://jsonfeed.org/version/1.1", "items": 5}', BASE))).kind).toBe('malformed');
  });

  it('names the feed an HTML page links with rel=alternate (against <base href>)', async () => {
    const err = await feedError(parseFeed(text('pages/html-with-alternate.html'), 'https://news.example.org/en/home'));
    expect(err.kind).toBe('not-a-feed');
    expect(err.alternateUrl).toBe('https://news.example.org/en/feeds/all.rss');
    expect(err.message).toContain('HTML page');
    expect(err.message).toContain('https://news.example.org/en/feeds/all.rss');
  });

  it('says so when an HTML page links no feed', async () => {
    const err = await feedError(parseFeed(text('pages/html-no-alternate.html'), BASE));
    expect(err.kind).toBe('not-a-feed');
    expect(err.alternateUrl).toBeNull();
    expect(err.message).toContain('links no feed');
  });

  it('rejects other XML and plain text as not a feed', async () => {
    const sitemap = await feedError(parseFeed(text('feeds/sitemap.xml'), BASE));
    expect(sitemap.kind).toBe('not-a-feed');
    expect(sitemap.message).toContain('urlset');
    expect((await feedError(parseFeed('Service temporarily unavailable', BASE))).kind).toBe('not-a-feed');
    expect((await feedError(parseFeed('', BASE))).kind).toBe('not-a-feed');
  });
});

describe('parseFeed on real-world faults', () => {
  it('keeps an Atom feed whose entry has a date that is not a date, or a link written as text', async () => {
    const atom = `<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title>
      <entry><title>a</title><link href="https://x.example/a"/><id>1</id><published>yesterday</published></entry>
      <entry><title>b</title><link>https://x.example/b</link><id>2</id><updated>2024-08-12T10:00:00Z</updated></entry></feed>`;
    const feed = await parseFeed(atom, BASE);
    expect(feed.entries).toEqual([
      { guid: '1', url: 'https://x.example/a', title: 'a', publishedAt: null },
      { guid: '2', url: 'https://x.example/b', title: 'b', publishedAt: '2024-08-12T10:00:00.000Z' },
    ]);
  });

  it('parses RSS without a version attribute as RSS 2.0', async () => {
    const feed = await parseFeed('<rss><channel><title>t</title><item><link>https://x.example/a</link></item></channel></rss>', BASE);
    expect(feed.entries.map((e) => e.url)).toEqual(['https://x.example/a']);
  });

  it('names the target of a <meta refresh> page without following it', async () => {
    const err = await feedError(parseFeed('<html><head><meta http-equiv="Refresh" content="0; URL=/rss/all.xml"></head></html>', 'https://y.example/feed'));
    expect(err.kind).toBe('not-a-feed');
    expect(err.alternateUrl).toBe('https://y.example/rss/all.xml');
    expect(err.message).toContain('meta http-equiv="refresh"');
  });

  it('does not expand external or recursive entities', async () => {
    const xxe = await parseFeed('<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><rss version="2.0"><channel><title>&xxe;</title></channel></rss>', BASE);
    expect(xxe.title).not.toContain('root:');
  });

  it('only ever fails with a FeedError on truncated and corrupted feeds', async () => {
    let seed = 7;
    const rand = (n: number) => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % n);
    const sources = ['feeds/rss2.xml', 'feeds/atom.xml', 'feeds/rss1.rdf', 'feeds/feed.json'].map(text);
    let failures = 0;
    for (let i = 0; i < 200; i++) {
      const src = sources[i % sources.length]!;
      let mutated = src.slice(0, rand(src.length));
      if (i % 2) mutated = src.slice(0, rand(src.length)) + '<>&"{'[rand(5)] + src.slice(rand(src.length));
      try {
        await parseFeed(mutated, BASE);
      } catch (err) {
        expect(err).toBeInstanceOf(FeedError);
        failures++;
      }
    }
    expect(failures).toBeGreaterThan(0);
  });
});

describe('findAlternateFeeds', () => {
  it('lists RSS and Atom alternates in page order, ignoring hreflang alternates', () => {
    expect(findAlternateFeeds(text('pages/html-with-alternate.html'), 'https://news.example.org/en/home')).toEqual([
      'https://news.example.org/en/feeds/all.rss',
      'https://news.example.org/atom.xml',
    ]);
  });
});
