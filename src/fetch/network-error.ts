import { FetchError } from './fetch-error.ts';
import { BodyTooLargeError, UnsupportedEncodingError } from './read-body.ts';
import { BlockedAddressError } from './ssrf-guard.ts';

const TIMEOUT_CODES = new Set(['UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT', 'ETIMEDOUT']);
const DNS_CODES = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_NONAME', 'EAI_FAIL', 'EAI_NODATA']);

/** Maps whatever undici, zlib or the SSRF guard threw to one typed FetchError. */
export function toFetchError(err: unknown, url: string, signal: AbortSignal | undefined, timeoutMs: number, at: string = url): FetchError {
  if (err instanceof FetchError) return err;
  const chain = causes(err);
  const blocked = chain.find((e): e is BlockedAddressError => e instanceof BlockedAddressError);
  if (blocked) return new FetchError('private-address', `${blocked.message} for ${at}`, url, { permanent: true, cause: err });
  const tooLarge = chain.find((e): e is BodyTooLargeError => e instanceof BodyTooLargeError);
  if (tooLarge) return new FetchError('too-large', `${at} is larger than the ${tooLarge.limit}-byte cap (read stopped)`, url, { permanent: true, cause: err });
  const enc = chain.find((e): e is UnsupportedEncodingError => e instanceof UnsupportedEncodingError);
  if (enc) return new FetchError('network', `${at}: ${enc.message}`, url, { permanent: true, cause: err });
  const codes = chain.map((e) => (e as { code?: unknown }).code).filter((c): c is string => typeof c === 'string');
  if (codes.includes('UND_ERR_CONNECT_TIMEOUT')) {
    return new FetchError('timeout', `${at}: connecting (TCP/TLS) timed out (UND_ERR_CONNECT_TIMEOUT)`, url, { cause: err });
  }
  if (signal?.aborted || codes.some((c) => TIMEOUT_CODES.has(c)) || chain.some((e) => (e as Error).name === 'TimeoutError')) {
    return new FetchError('timeout', `${at} did not answer within ${timeoutMs} ms${codes[0] ? ` (${codes[0]})` : ''}`, url, { cause: err });
  }
  if (codes.some((c) => DNS_CODES.has(c))) return new FetchError('dns', `cannot resolve the host of ${at} (${codes[0]})`, url, { cause: err });
  if (codes.some((c) => c.startsWith('Z_') || c === 'ERR__ERROR_FORMAT_PADDING_1')) {
    return new FetchError('network', `${at}: corrupt compressed body (${codes[0]})`, url, { cause: err });
  }
  const msg = err instanceof Error ? err.message : String(err);
  return new FetchError('network', `${at}: ${msg}${codes[0] ? ` (${codes[0]})` : ''}`, url, { cause: err });
}

function causes(err: unknown): unknown[] {
  const out: unknown[] = [];
  let e: unknown = err;
  while (e && out.length < 8) {
    out.push(e);
    if (e instanceof AggregateError) out.push(...e.errors);
    e = (e as { cause?: unknown }).cause;
  }
  return out;
}
