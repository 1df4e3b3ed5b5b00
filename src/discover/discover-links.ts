import { load } from 'cheerio/slim';
import type { Element } from 'domhandler';
import { tryCanonicalizeUrl } from '../url/canonical-url.ts';
import { isSameSite } from '../url/same-site.ts';
import { isInChrome } from './chrome-containers.ts';
import { articleUrlScore, nonArticleReason } from './url-patterns.ts';

export interface DiscoverOptions {
  /** CSS selector for the article links (or their containers); replaces the heuristic when given. */
  selector?: string;
}

/** Score an anchor needs to count as an article link (URL shape plus anchor evidence). */
const ARTICLE_THRESHOLD = 3;

/**
 * Article links on a listing page: same site, article-like, not navigation / tag / author / pagination /
 * category / login / share links. Resolved against `<base href>`, canonicalised, deduplicated, in page order.
 * With `opts.selector` the matched links are taken as they are (still http(s), canonical and deduplicated).
 */
export function discoverArticleLinks(html: string, pageUrl: string, opts: DiscoverOptions = {}): string[] {
  const $ = load(html);
  const baseHref = $('base[href]').first().attr('href');
  const base = (baseHref && tryCanonicalizeUrl(baseHref, pageUrl)) || pageUrl;
  const page = tryCanonicalizeUrl(pageUrl);
  const pageUrlObj = new URL(pageUrl);
  const pageHost = pageUrlObj.hostname;
  const pagePath = `${pageUrlObj.host}${pageUrlObj.pathname}`;
  const seen = new Set<string>();
  const out: string[] = [];
  const add = (url: string) => {
    if (!seen.has(url)) {
      seen.add(url);
      out.push(url);
    }
  };

  if (opts.selector) {
    let selected: ReturnType<typeof $>;
    try {
      selected = $(opts.selector);
    } catch (err) {
      throw new Error(`discover: invalid CSS selector ${JSON.stringify(opts.selector)} for ${pageUrl}: ${(err as Error).message}`, { cause: err });
    }
    selected.each((_, el) => {
      const anchors = el.type === 'tag' && el.name === 'a' ? [el] : $(el).find('a[href]').toArray();
      for (const a of anchors) {
        const url = tryCanonicalizeUrl(a.attribs['href'] ?? '', base);
        if (url && url !== page) add(url);
      }
    });
    return out;
  }

  $('a[href]').each((_, a) => {
    const href = (a.attribs['href'] ?? '').trim();
    if (!href || href.startsWith('#') || /^(javascript|mailto|tel|sms|data):/i.test(href)) return;
    const rel = (a.attribs['rel'] ?? '').toLowerCase();
    if (/\b(tag|author|prev|next|category|search|help|license)\b/.test(rel)) return;
    const url = tryCanonicalizeUrl(href, base);
    if (!url || url === page) return;
    const u = new URL(url);
    if (!isSameSite(u.hostname, pageHost)) return;
    // The page itself under another query (share buttons, tracking variants) is not a new article.
    if (`${u.host}${u.pathname}` === pagePath && u.search !== '' && !/\d{4,}/.test(u.search)) return;
    if (nonArticleReason(u)) return;
    if (isInChrome(a)) return;
    if (articleUrlScore(u) + anchorScore($, a) >= ARTICLE_THRESHOLD) add(url);
  });
  return out;
}

/** Evidence from the anchor itself: a headline-length text, a heading or an article around it. */
function anchorScore($: ReturnType<typeof load>, a: Element): number {
  const text = $(a).text().replace(/\s+/g, ' ').trim();
  const words = text ? text.split(' ').length : 0;
  let score = 0;
  if (words >= 4 || text.length >= 25) score += 1;
  if ($(a).closest('h1, h2, h3, h4, article').length > 0) score += 1;
  // WordPress and many CMSs mark an entry's permalink with rel="bookmark": decisive on its own.
  if (/\bbookmark\b/i.test(a.attribs['rel'] ?? '')) score += ARTICLE_THRESHOLD + 2;
  return score;
}
