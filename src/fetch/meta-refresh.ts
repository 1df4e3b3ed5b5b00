/**
 * A page that only says `<meta http-equiv="refresh" content="0; url=...">` is a redirect done in HTML
 * (interstitials, moved articles, AMP and consent shims). A browser would follow it; so does the check.
 */

/** A longer delay is a page that reloads itself (live blogs, home pages), not a redirect. */
export const META_REFRESH_MAX_DELAY_S = 10;
/** Meta refreshes followed per check, on top of HTTP redirects: a refresh loop ends here. */
export const META_REFRESH_MAX_HOPS = 3;

// A refresh sits in <head> (or a <noscript> at the top of <body>): the first 32 KB hold it.
const HEAD_BYTES = 32 * 1024;
const META = /<meta\b[^>]*>/gi;
const HTTP_EQUIV = /\bhttp-equiv\s*=\s*["']?\s*refresh\b/i;
const CONTENT = /\bcontent\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i;
// The content attribute as the HTML standard parses it: a delay, then optionally ";" / "," and "url=".
const REFRESH = /^\s*(\d+)(?:\.[\d.]*)?\s*(?:[;,]\s*)?(?:url\s*=\s*)?(["']?)(.*)$/is;

/** The absolute http(s) URL an HTML page redirects to by meta refresh, or null when it does not. */
export function metaRefreshTarget(body: Buffer, pageUrl: string): string | null {
  // latin1 keeps every byte, so the ASCII markup is found whatever the page's charset.
  const head = body.subarray(0, HEAD_BYTES).toString('latin1');
  for (const tag of head.match(META) ?? []) {
    if (!HTTP_EQUIV.test(tag)) continue;
    const c = CONTENT.exec(tag);
    const content = c?.[1] ?? c?.[2] ?? c?.[3];
    const r = content === undefined ? null : REFRESH.exec(decodeEntities(content));
    if (!r || Number(r[1]) > META_REFRESH_MAX_DELAY_S) continue;
    let target = r[3]!.trim();
    if (r[2] && target.endsWith(r[2])) target = target.slice(0, -1);
    if (!target) continue;
    try {
      // Non-ASCII URL bytes were read as latin1; the URL parser percent-encodes them as UTF-8 would not,
      // so re-read the target as UTF-8 first.
      const url = new URL(Buffer.from(target, 'latin1').toString('utf8'), pageUrl);
      if ((url.protocol !== 'http:' && url.protocol !== 'https:') || sameDocument(url, pageUrl)) continue;
      return url.href;
    } catch {
      continue;
    }
  }
  return null;
}

function sameDocument(url: URL, pageUrl: string): boolean {
  const a = new URL(url.href);
  const b = new URL(pageUrl);
  a.hash = '';
  b.hash = '';
  return a.href === b.href;
}

function decodeEntities(s: string): string {
  return s.replace(/&(amp|quot|apos|#39|#x27);/gi, (m, e: string) => ({ amp: '&', quot: '"', apos: "'", '#39': "'", '#x27': "'" })[e.toLowerCase()] ?? m);
}
