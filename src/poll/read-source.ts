import type { Source } from '../config/sources-file.ts';
import { decodeBody } from '../fetch/decode.ts';
import type { Fetcher } from '../fetch/fetcher.ts';
import { discoverArticleLinks } from '../discover/discover-links.ts';
import { parseFeed } from '../feed/parse-feed.ts';
import { canonicalizeUrl } from '../url/canonical-url.ts';

/** One item a source lists: an article to check if it was not seen before. */
export interface SourceItem {
  /** Canonical URL: the dedup key. */
  url: string;
  guid: string | null;
  title: string | null;
  publishedAt: string | null;
}

export interface SourceRead {
  status: string;
  notModified: boolean;
  items: SourceItem[];
}

/** Fetches a feed or listing page (conditionally) and lists its items: fetch -> parse feed / discover links. */
export async function readSource(fetcher: Fetcher, source: Source): Promise<SourceRead> {
  const fetched = await fetcher.fetch(source.url, {
    kind: source.type === 'feed' ? 'feed' : 'page',
    sourceId: source.id,
    conditional: true,
    // Feeds are meant to be polled; listing pages are pages and follow robots.txt unless told otherwise.
    respectRobots: source.respectRobots ?? source.type === 'page',
    ...(source.userAgent ? { userAgent: source.userAgent } : {}),
  });
  if (fetched.notModified) return { status: String(fetched.status), notModified: true, items: [] };

  const { text } = decodeBody(fetched.body, fetched.charset);
  let items: SourceItem[];
  if (source.type === 'feed') {
    const feed = await parseFeed(text, fetched.finalUrl);
    items = feed.entries.flatMap((e) => {
      const url = safeCanonical(e.url, fetched.finalUrl);
      return url ? [{ url, guid: e.guid, title: e.title, publishedAt: e.publishedAt }] : [];
    });
  } else {
    items = discoverArticleLinks(text, fetched.finalUrl, source.selector ? { selector: source.selector } : {}).map(
      (url) => ({ url, guid: null, title: null, publishedAt: null }),
    );
  }
  return { status: String(fetched.status), notModified: false, items: dedupeByUrl(items) };
}

function safeCanonical(url: string, base: string): string | null {
  try {
    return canonicalizeUrl(url, base);
  } catch {
    return null;
  }
}

function dedupeByUrl(items: SourceItem[]): SourceItem[] {
  const seen = new Set<string>();
  return items.filter((i) => !seen.has(i.url) && (seen.add(i.url), true));
}
