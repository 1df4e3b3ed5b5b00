export interface FeedEntry {
  guid: string | null;
  /** Absolute article URL (not yet canonicalised). */
  url: string;
  title: string | null;
  /** ISO 8601 when the feed gives a date. */
  publishedAt: string | null;
}

export interface ParsedFeed {
  format: 'rss' | 'atom' | 'rdf' | 'json';
  title: string | null;
  entries: FeedEntry[];
}
