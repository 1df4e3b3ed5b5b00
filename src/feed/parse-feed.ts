import Parser from 'rss-parser';
import { detectFormat } from './detect-format.ts';
import { FeedError } from './feed-error.ts';
import { findAlternateFeeds, findMetaRefresh } from './find-alternate.ts';
import { parseJsonFeed } from './json-feed.ts';
import { repairXml } from './repair-xml.ts';
import type { FeedEntry, ParsedFeed } from './types.ts';

type RssItem = Parser.Item & { id?: string; 'rdf:about'?: string; date?: string };

/**
 * Parses an already decoded feed body: RSS 0.9x/1.0/2.0 and Atom through rss-parser, JSON Feed 1.x
 * itself. The format comes from the body, not the Content-Type. Entry URLs are made absolute against
 * the feed's site link, else `baseUrl` (the feed's final URL); entries without an http(s) URL are skipped.
 */
export async function parseFeed(text: string, baseUrl: string): Promise<ParsedFeed> {
  const { format, root } = detectFormat(text);
  const toUrl = (href: string | null | undefined, base = baseUrl) => absoluteHttpUrl(href, base);
  switch (format) {
    case 'json':
      return parseJsonFeed(text.replace(/^\uFEFF/, ''), baseUrl, toUrl);
    case 'rss':
    case 'atom':
    case 'rdf':
      return parseXmlFeed(text.replace(/^\uFEFF/, '').trimStart(), format, baseUrl);
    case 'html': {
      const alternate = findAlternateFeeds(text, baseUrl)[0] ?? null;
      if (alternate) {
        throw new FeedError('not-a-feed', `${baseUrl} is an HTML page, not a feed; the page links its feed at ${alternate}: use that URL`, baseUrl, alternate);
      }
      // Not followed (it could point anywhere); named so that the source can be fixed.
      const refresh = findMetaRefresh(text, baseUrl);
      if (refresh) {
        throw new FeedError('not-a-feed', `${baseUrl} is an HTML page that redirects with <meta http-equiv="refresh"> to ${refresh}: use that URL if it is the feed`, baseUrl, refresh);
      }
      throw new FeedError('not-a-feed', `${baseUrl} is an HTML page, not a feed, and it links no feed (<link rel="alternate">): use type "page" for a listing page`, baseUrl);
    }
    case 'other-xml':
      throw new FeedError('not-a-feed', `${baseUrl} is XML with root <${root}>, not RSS, Atom or RDF`, baseUrl);
    default:
      throw new FeedError('not-a-feed', `${baseUrl} is neither XML nor JSON (starts with ${JSON.stringify(text.trimStart().slice(0, 40))})`, baseUrl);
  }
}

async function parseXmlFeed(xml: string, format: 'rss' | 'atom' | 'rdf', baseUrl: string): Promise<ParsedFeed> {
  let feed: Parser.Output<RssItem>;
  try {
    feed = await parseXml(xml);
  } catch (first) {
    try {
      feed = await parseXml(repairXml(xml));
    } catch {
      const why = (first as Error).message.split('\n').join(' ').slice(0, 200);
      // sax reports positions ("Line: 7"); anything else is rss-parser failing on a structure it did not expect.
      const what = /Line: \d+/.test(why) ? 'is not well-formed' : 'could not be read as';
      throw new FeedError('malformed', `${baseUrl} ${what} ${format.toUpperCase()}: ${why}`, baseUrl, null, { cause: first });
    }
  }
  // Relative item links are relative to the site (the channel / alternate link), as feed readers resolve them.
  const site = absoluteHttpUrl(textOf(feed.link), baseUrl) ?? baseUrl;
  const entries: FeedEntry[] = [];
  for (const item of feed.items ?? []) {
    const guid = textOf(item.guid) ?? textOf(item.id) ?? textOf(item['rdf:about']);
    const url =
      absoluteHttpUrl(textOf(item.link), site) ??
      (guid && /^https?:\/\//i.test(guid) ? absoluteHttpUrl(guid, site) : null) ??
      absoluteHttpUrl(textOf(item['rdf:about']), site);
    if (!url) continue;
    entries.push({ guid, url, title: textOf(item.title), publishedAt: isoDate(item.isoDate ?? item.pubDate ?? item.date) });
  }
  return { format, title: textOf(feed.title), entries };
}

async function parseXml(xml: string): Promise<Parser.Output<RssItem>> {
  // A parser per call: xml2js keeps parse state on the instance.
  const parser = new Parser<Record<string, unknown>, RssItem>({ defaultRSS: 2 });
  return parser.parseString(xml);
}

function absoluteHttpUrl(href: string | null | undefined, base: string): string | null {
  if (!href) return null;
  try {
    const u = new URL(href.trim(), base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

/** xml2js yields strings, or objects with `_` text when the element has attributes. */
function textOf(v: unknown): string | null {
  if (typeof v === 'string') return v.trim() || null;
  if (typeof v === 'number') return String(v);
  if (v && typeof v === 'object' && '_' in v) return textOf((v as { _: unknown })._);
  return null;
}

function isoDate(v: string | undefined): string | null {
  if (!v) return null;
  const t = Date.parse(v);
  return Number.isNaN(t) ? null : new Date(t).toISOString();
}
