/**
 * Path segments of links that lead to people, accounts or site furniture, never to an article.
 * Matched against whole segments, lower-cased, in any position.
 */
const NEVER_ARTICLE_SEGMENTS = new Set([
  'tag', 'tags', 'label', 'labels', 'author', 'authors', 'avtor', 'avtory', 'journalist', 'journalists',
  'profile', 'profiles', 'user', 'users', 'member', 'members',
  'page', 'pages', 'login', 'logout', 'signin', 'sign-in', 'signup', 'sign-up', 'register', 'registration',
  'account', 'my', 'cabinet', 'auth', 'oauth', 'password', 'wp-login.php', 'wp-admin', 'admin',
  'search', 'poisk', 'subscribe', 'subscription', 'subscriptions', 'newsletter', 'newsletters', 'donate',
  'support-us', 'contact', 'contacts', 'kontakty', 'about', 'about-us', 'o-nas', 'privacy', 'privacy-policy',
  'terms', 'terms-of-use', 'cookies', 'cookie-policy', 'advertising', 'reklama', 'jobs', 'careers', 'vacancies',
  'feed', 'feeds', 'rss', 'atom', 'sitemap', 'share', 'print', 'comments', 'cdn-cgi', 'static', 'assets',
]);

/**
 * Segments of listing pages (topics, categories, archives, sections) that some sites also put in front of
 * their articles ("/topics/belarus/2024/08/10/slug"): they rule a link out only when its URL has no
 * article evidence of its own (a date path or an id).
 */
const LISTING_SEGMENTS = new Set([
  'topic', 'topics', 'tema', 'temy', 'theme', 'themes', 'subject', 'subjects', 'person', 'persons', 'people',
  'staff', 'team', 'category', 'categories', 'cat', 'rubric', 'rubrics', 'rubrika', 'rubriki', 'kategoriya',
  'section', 'sections', 'archive', 'archives', 'arhiv', 'calendar', 'live-tv', 'weather', 'pogoda', 'horoscope',
  'goroskop',
]);

const FILE_EXTENSION = /\.(jpe?g|png|gif|webp|svg|ico|bmp|tiff?|pdf|zip|rar|7z|gz|mp3|mp4|m4a|ogg|webm|avi|mov|css|js|json|xml|rss|atom|txt|docx?|xlsx?|pptx?|epub)$/i;
const PAGINATION_QUERY = /(^|&)((page|pg|paged|start|offset|sort|order|filter|lang|s|q|query|search|tag|category|cat|author)=|p=\d{1,3}(&|$))/i;
/** Share buttons, comment replies and print views of a page (WordPress ?share=, ?replytocom=, ...). */
const ACTION_QUERY = /(^|&)(share|replytocom|like_comment|print|output|format|amp|comments?|reply)(=|&|$)/i;
/** Query parameters that carry an article id (WordPress ?p=, old CMSs ?newsid=, Joomla ?id=). */
const ID_QUERY = /(^|[?&])(id|p|story|article|news_id|newsid|aid|nid)=\d+/i;

/** Why a same-site link is not an article, or null when nothing rules it out. */
export function nonArticleReason(url: URL): string | null {
  const path = url.pathname.toLowerCase();
  if ((path === '/' || path === '') && !ID_QUERY.test(url.search)) return 'home';
  if (FILE_EXTENSION.test(path)) return 'file';
  const segments = path.split('/').filter(Boolean).map(safeDecode);
  for (const s of segments) {
    if (NEVER_ARTICLE_SEGMENTS.has(s)) return `segment ${s}`;
    if (/^(page|p)[-_]?\d+$/.test(s)) return 'pagination';
  }
  const listing = segments.find((s) => LISTING_SEGMENTS.has(s));
  if (listing && !hasDatePath(url) && !hasId(url)) return `segment ${listing}`;
  if (url.search && PAGINATION_QUERY.test(url.search.slice(1))) return 'listing query';
  if (url.search && ACTION_QUERY.test(url.search.slice(1))) return 'share or action query';
  return null;
}

/**
 * How much a URL looks like an article: slugs of four words or more, numeric ids, dated paths and
 * .html endings score; a single short segment (a section such as /politics) counts against.
 */
export function articleUrlScore(url: URL): number {
  const segments = url.pathname.split('/').filter(Boolean).map(safeDecode);
  const last = segments.at(-1) ?? '';
  let score = 0;
  const slugWords = last.replace(/\.[a-z]+$/i, '').split(/[-_+]/).filter((w) => /\p{L}/u.test(w));
  // Headline slugs run long; three words is as often a section ("running-your-business").
  if (slugWords.length >= 4) score += 2;
  else if (slugWords.length === 3) score += 1;
  const id = hasId(url);
  if (id) score += 2;
  if (hasDatePath(url)) score += 2;
  if (/\.(s?html?|php|aspx?)$/i.test(last)) score += 1;
  if (segments.length >= 2) score += 1;
  if (segments.length === 1 && slugWords.length < 3 && !id) score -= 2;
  return score;
}

function hasId(url: URL): boolean {
  return /\d{4,}/.test(url.pathname) || ID_QUERY.test(url.search);
}

/** /2024/08/10/slug or /2024/8/slug: a dated path with something after the date. */
function hasDatePath(url: URL): boolean {
  return /\/(19|20)\d{2}\/[01]?\d(\/[0-3]?\d)?\/[^/]+/.test(url.pathname);
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
