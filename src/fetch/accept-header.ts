import type { ResourceKind } from './types.ts';

/** The Accept header for each kind of request: what we can parse first, anything as a last resort. */
export const ACCEPT: Record<ResourceKind, string> = {
  feed: 'application/rss+xml, application/atom+xml, application/feed+json, application/rdf+xml;q=0.9, application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, text/html;q=0.5, */*;q=0.3',
  page: 'text/html, application/xhtml+xml;q=0.9, */*;q=0.3',
  article: 'text/html, application/xhtml+xml;q=0.9, */*;q=0.3',
  robots: 'text/plain, */*;q=0.3',
};

export const DEFAULT_USER_AGENT = 'claimwatch/0.1 (+https://github.com/claimwatch/claimwatch)';
