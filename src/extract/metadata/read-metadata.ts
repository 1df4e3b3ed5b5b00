import type { HeadData } from './collect-head.ts';
import type { JsonLdArticle } from './json-ld.ts';
import { dateFromUrl, normaliseDate } from './dates.ts';
import { stripSiteName } from './title.ts';

export interface PageMetadata {
  title: string | null;
  publishedAt: string | null;
  modifiedAt: string | null;
  author: string | null;
  siteName: string | null;
  /** From markup only; detection from the body text happens later. */
  lang: string | null;
  canonicalUrl: string | null;
  description: string | null;
}

function first(...values: Array<string | null | undefined>): string | null {
  for (const v of values) if (v && v.trim()) return v.trim();
  return null;
}

function absolute(href: string | null, base: string): string | null {
  if (!href) return null;
  try {
    const u = new URL(href, base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

/** Values that are profile URLs rather than names (Facebook's `article:author`). */
function personName(v: string | null): string | null {
  if (!v || /^https?:\/\//i.test(v) || v.length > 200) return null;
  return v.replace(/^by\s+/i, '').trim() || null;
}

/** Primary subtag of a BCP-47 tag or locale (`en-US`, `ru_RU` -> `en`, `ru`). */
export function primaryLanguage(tag: string | null | undefined): string | null {
  const m = tag ? /^\s*([a-zA-Z]{2,3})(?:[-_]|$)/.exec(tag) : null;
  return m ? m[1]!.toLowerCase() : null;
}

/** Picks each field from the sources in the order the issue gives, most specific first. */
export function readMetadata(head: HeadData, ld: JsonLdArticle | null, url: string, mainH1: string | null): PageMetadata {
  const m = head.meta;
  const siteName = first(m.get('og:site_name'), ld?.publisher, m.get('application-name'), m.get('twitter:site')?.replace(/^@/, ''));
  const rawTitle = first(ld?.headline, m.get('og:title'), m.get('twitter:title'), mainH1, head.title);
  const title = rawTitle ? stripSiteName(rawTitle, siteName) : null;
  const publishedAt =
    normaliseDate(ld?.datePublished) ??
    normaliseDate(first(m.get('article:published_time'), m.get('og:published_time'), m.get('datepublished'), m.get('pubdate'), m.get('publishdate'), m.get('date'), m.get('dc.date'), m.get('dc.date.issued'), m.get('dcterms.created'), m.get('sailthru.date'), m.get('parsely-pub-date'))) ??
    normaliseDate(head.itemprops.get('datepublished')) ??
    normaliseDate(head.times[0]) ??
    dateFromUrl(url);
  const modifiedAt =
    normaliseDate(ld?.dateModified) ??
    normaliseDate(first(m.get('article:modified_time'), m.get('og:updated_time'), m.get('datemodified'), m.get('dcterms.modified'))) ??
    normaliseDate(head.itemprops.get('datemodified'));
  const author = personName(
    first(ld?.author, personName(m.get('author') ?? null), personName(m.get('article:author') ?? null), m.get('parsely-author'), m.get('sailthru.author'), m.get('dc.creator'), head.itemprops.get('author'), head.itemprops.get('rel-author')),
  );
  const lang = primaryLanguage(first(head.htmlLang, m.get('content-language'), m.get('og:locale'), ld?.inLanguage));
  const canonicalUrl = absolute(first(head.links.get('canonical'), m.get('og:url')), url);
  const description = first(m.get('description'), m.get('og:description'), m.get('twitter:description'), ld?.description);
  return { title, publishedAt, modifiedAt, author, siteName, lang, canonicalUrl, description };
}
