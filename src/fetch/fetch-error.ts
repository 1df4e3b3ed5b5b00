/** Stable error kinds of the fetch stage: callers branch on `kind` and `permanent`. */
export type FetchErrorKind =
  | 'bad-url'
  | 'private-address'
  | 'dns'
  | 'network'
  | 'timeout'
  | 'too-many-redirects'
  | 'http-status'
  | 'rate-limited'
  | 'too-large'
  | 'empty-body'
  | 'binary-body'
  | 'robots-disallowed'
  /** The host's politeness slot is taken: try again after `retryAfterMs`; nothing was sent. */
  | 'host-busy';

export class FetchError extends Error {
  override readonly name = 'FetchError';
  readonly stage = 'fetch';
  constructor(
    readonly kind: FetchErrorKind,
    message: string,
    readonly url: string,
    readonly opts: { status?: number; retryAfterMs?: number; permanent?: boolean; cause?: unknown } = {},
  ) {
    super(`fetch: ${message}`, opts.cause === undefined ? undefined : { cause: opts.cause });
  }
  get status(): number | undefined {
    return this.opts.status;
  }
  /** Permanent errors end the job without retries (404, 410, binary body, private address, ...). */
  get permanent(): boolean {
    if (this.opts.permanent !== undefined) return this.opts.permanent;
    return !['dns', 'network', 'timeout', 'rate-limited', 'host-busy'].includes(this.kind) &&
      !(this.kind === 'http-status' && (this.opts.status ?? 0) >= 500);
  }
  get retryAfterMs(): number | undefined {
    return this.opts.retryAfterMs;
  }
}
