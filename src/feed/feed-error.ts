/** 'not-a-feed' is the wrong document (an HTML page, a sitemap); 'malformed' is a feed that does not parse. */
export type FeedErrorKind = 'not-a-feed' | 'malformed';

export class FeedError extends Error {
  override readonly name = 'FeedError';
  readonly stage = 'feed';
  /** Retrying the same bytes gives the same answer: the job should not retry. */
  readonly permanent = true;
  constructor(
    readonly kind: FeedErrorKind,
    message: string,
    readonly url: string,
    /** The feed an HTML page links with `<link rel="alternate">`: the URL the source should use. */
    readonly alternateUrl: string | null = null,
    options?: { cause?: unknown },
  ) {
    super(`feed: ${message}`, options);
  }
}
