import { isTrackingParam } from './tracking-params.ts';
import { UrlError } from './url-error.ts';

/**
 * The identity of a link: absolute (resolved against `base`), http(s) only, lower-case host without a
 * trailing dot, no default port, no fragment, no tracking parameters, no empty query.
 * Query order is kept: some servers depend on it, and reordering would change what is fetched.
 */
export function canonicalizeUrl(url: string, base?: string): string {
  const raw = url.trim();
  let u: URL;
  try {
    u = base === undefined ? new URL(raw) : new URL(raw, base);
  } catch {
    throw new UrlError('invalid', `not a valid URL: ${JSON.stringify(url)}${base ? ` (base ${base})` : ''}`, url);
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') {
    throw new UrlError('unsupported-scheme', `only http and https are fetched, not ${u.protocol} (${u.href})`, url);
  }
  if (!u.hostname) throw new UrlError('invalid', `URL has no host: ${u.href}`, url);
  // WHATWG URL already lower-cases the host, punycodes it and drops the default port.
  if (u.hostname.endsWith('.')) u.hostname = u.hostname.replace(/\.+$/, '');
  u.hash = '';
  u.pathname = normaliseEscapes(u.pathname);
  if (u.href.includes('?')) {
    const kept = u.search
      .slice(1)
      .split('&')
      .filter((pair) => pair !== '' && !isTrackingParam(decodeName(pair)));
    u.search = kept.length ? `?${normaliseEscapes(kept.join('&'))}` : '';
  }
  return u.href;
}

/** RFC 3986 6.2.2: escapes in upper case, and unreserved characters (A-Z a-z 0-9 - . _ ~) unescaped. */
function normaliseEscapes(s: string): string {
  return s.replace(/%[0-9a-fA-F]{2}/g, (m) => {
    const c = String.fromCharCode(parseInt(m.slice(1), 16));
    return /[A-Za-z0-9\-._~]/.test(c) ? c : m.toUpperCase();
  });
}

/** Returns the canonical URL, or null when `url` is not a usable http(s) link. */
export function tryCanonicalizeUrl(url: string, base?: string): string | null {
  try {
    return canonicalizeUrl(url, base);
  } catch {
    return null;
  }
}

function decodeName(pair: string): string {
  const name = pair.split('=', 1)[0] ?? '';
  try {
    return decodeURIComponent(name.replace(/\+/g, ' '));
  } catch {
    return name;
  }
}
