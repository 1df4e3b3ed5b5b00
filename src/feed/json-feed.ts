import { z } from 'zod';
import { FeedError } from './feed-error.ts';
import type { FeedEntry, ParsedFeed } from './types.ts';

const Item = z.object({
  id: z.union([z.string(), z.number()]).optional().nullable(),
  url: z.string().optional().nullable(),
  external_url: z.string().optional().nullable(),
  title: z.string().optional().nullable(),
  date_published: z.string().optional().nullable(),
  date_modified: z.string().optional().nullable(),
});

const JsonFeed = z.object({
  version: z.string().regex(/^https?:\/\/jsonfeed\.org\/version\/1(\.\d+)?\/?$/),
  title: z.string().optional().nullable(),
  home_page_url: z.string().optional().nullable(),
  items: z.array(z.unknown()),
});

/** JSON Feed 1.0 / 1.1 (rss-parser has no support); items that fail validation are skipped, not fatal. */
export function parseJsonFeed(text: string, baseUrl: string, toUrl: (href: string | null | undefined, base?: string) => string | null): ParsedFeed {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new FeedError('malformed', `${baseUrl} is not valid JSON: ${(err as Error).message}`, baseUrl, null, { cause: err });
  }
  const feed = JsonFeed.safeParse(data);
  if (!feed.success) {
    const hasVersion = typeof (data as { version?: unknown } | null)?.version === 'string';
    if (!hasVersion || !String((data as { version: string }).version).includes('jsonfeed.org')) {
      throw new FeedError('not-a-feed', `${baseUrl} is JSON but not a JSON Feed (no jsonfeed.org version)`, baseUrl);
    }
    throw new FeedError('malformed', `${baseUrl} is an invalid JSON Feed: ${feed.error.issues[0]?.message ?? 'schema mismatch'}`, baseUrl);
  }
  const site = toUrl(feed.data.home_page_url) ?? baseUrl;
  const entries: FeedEntry[] = [];
  for (const raw of feed.data.items) {
    const item = Item.safeParse(raw);
    if (!item.success) continue;
    const url = toUrl(item.data.url, site) ?? toUrl(item.data.external_url, site);
    if (!url) continue;
    entries.push({
      guid: item.data.id === undefined || item.data.id === null ? null : String(item.data.id),
      url,
      title: item.data.title?.trim() || null,
      publishedAt: isoDate(item.data.date_published ?? item.data.date_modified),
    });
  }
  return { format: 'json', title: feed.data.title?.trim() || null, entries };
}

function isoDate(v: string | null | undefined): string | null {
  if (!v) return null;
  const t = Date.parse(v);
  return Number.isNaN(t) ? null : new Date(t).toISOString();
}
