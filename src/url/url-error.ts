/** Why a URL was rejected: callers treat every kind as permanent (retrying cannot fix a URL). */
export type UrlErrorKind = 'invalid' | 'unsupported-scheme';

export class UrlError extends Error {
  override readonly name = 'UrlError';
  readonly stage = 'url';
  readonly permanent = true;
  constructor(
    readonly kind: UrlErrorKind,
    message: string,
    readonly url: string,
  ) {
    super(`url: ${message}`);
  }
}
