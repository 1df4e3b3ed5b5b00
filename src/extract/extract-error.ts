/** Why extraction gave up; the caller branches on `kind` (e.g. a permanent job failure for 'not-html'). */
export type ExtractErrorKind = 'too-large' | 'not-html' | 'no-content';

export class ExtractError extends Error {
  override readonly name = 'ExtractError';
  constructor(
    readonly kind: ExtractErrorKind,
    readonly url: string,
    detail: string,
  ) {
    super(`extract: ${kind} (${url}): ${detail}`);
  }
}
