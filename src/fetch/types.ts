/** What the fetch stage hands to the next stage: raw bytes plus what is needed to decode them. */
export interface FetchResult {
  /** URL that was asked for. */
  url: string;
  /** URL after redirects. */
  finalUrl: string;
  status: number;
  /** True on a 304, or a 200 whose validators did not change: nothing to parse. */
  notModified: boolean;
  contentType: string | null;
  /** Charset named by the Content-Type header, if any. */
  charset: string | null;
  body: Buffer;
  etag: string | null;
  lastModified: string | null;
  /** Bytes read from the network (after decompression). */
  bytes: number;
}

/** The kind of resource asked for decides the Accept header and what counts as a wrong body. */
export type ResourceKind = 'feed' | 'page' | 'article' | 'robots';

export interface FetchRequest {
  kind: ResourceKind;
  /** Source id for logs and per-source settings; 'manual' for manual checks. */
  sourceId: string;
  userAgent?: string;
  /** Use and store ETag / Last-Modified for this URL (feeds and listing pages). */
  conditional?: boolean;
  /** Honour robots.txt (pages and articles by default). */
  respectRobots?: boolean;
}
