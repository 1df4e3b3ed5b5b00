import { load } from 'cheerio/slim';

const FEED_TYPES = /^application\/(rss|atom|feed|rdf)\+(xml|json)$|^application\/json$/i;

/**
 * Feed URLs an HTML page advertises with `<link rel="alternate" type="application/rss+xml|atom+xml|feed+json">`,
 * absolute (against `<base href>` when present), in page order.
 */
export function findAlternateFeeds(html: string, pageUrl: string): string[] {
  const $ = load(html);
  const base = resolve($('base[href]').first().attr('href'), pageUrl) ?? pageUrl;
  const out: string[] = [];
  $('link[href]').each((_, el) => {
    const rel = ($(el).attr('rel') ?? '').toLowerCase().split(/\s+/);
    const type = ($(el).attr('type') ?? '').trim();
    if (!rel.includes('alternate') || !FEED_TYPES.test(type)) return;
    const url = resolve($(el).attr('href'), base);
    if (url && !out.includes(url)) out.push(url);
  });
  return out;
}

function resolve(href: string | undefined, base: string): string | null {
  if (!href) return null;
  try {
    const u = new URL(href.trim(), base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

/** The target of `<meta http-equiv="refresh" content="0; url=...">`, absolute, or null. */
export function findMetaRefresh(html: string, pageUrl: string): string | null {
  const $ = load(html);
  const base = resolve($('base[href]').first().attr('href'), pageUrl) ?? pageUrl;
  for (const el of $('meta[http-equiv]').toArray()) {
    if (($(el).attr('http-equiv') ?? '').toLowerCase() !== 'refresh') continue;
    const m = /url\s*=\s*['"]?([^'";]+)/i.exec($(el).attr('content') ?? '');
    const url = resolve(m?.[1]?.trim(), base);
    if (url) return url;
  }
  return null;
}
