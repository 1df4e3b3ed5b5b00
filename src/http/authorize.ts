import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { HttpError } from './http-error.ts';

/**
 * Checks `Authorization: Bearer <token>`; for browser pages (Bull Board) also HTTP Basic with the token
 * as the password, so the browser asks for it once. Compares digests in constant time.
 */
export function authorize(req: IncomingMessage, token: string | null, opts: { browser?: boolean } = {}): void {
  if (token === null) return;
  const header = req.headers.authorization ?? '';
  const [scheme, value = ''] = header.split(/\s+/, 2);
  let given: string | null = null;
  if (scheme?.toLowerCase() === 'bearer') given = value;
  else if (scheme?.toLowerCase() === 'basic' && opts.browser) {
    const decoded = Buffer.from(value, 'base64').toString('utf8');
    given = decoded.slice(decoded.indexOf(':') + 1);
  }
  if (given !== null && sameSecret(given, token)) return;
  const challenge = opts.browser ? 'Basic realm="claimwatch", charset="UTF-8"' : 'Bearer realm="claimwatch"';
  throw new HttpError(
    401,
    given === null
      ? `missing credentials: send "Authorization: Bearer <API_TOKEN>"${opts.browser ? ' (or log in with any user name and the token as password)' : ''}`
      : 'wrong token',
    { 'www-authenticate': challenge },
  );
}

function sameSecret(a: string, b: string): boolean {
  const digest = (s: string) => createHash('sha256').update(s).digest();
  return timingSafeEqual(digest(a), digest(b));
}
