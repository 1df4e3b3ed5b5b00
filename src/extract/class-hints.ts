import type { Element } from 'domhandler';

/**
 * What an element's class/id/role/tag says about its content: `comments`, `negative` (share bars,
 * related stories, cookie banners, bylines, captions...), `layout` (sidebar, footer, header: boilerplate
 * unless a theme put the word on a page wrapper), `positive` (article body), or nothing.
 */
export type Hint = 'comments' | 'negative' | 'layout' | 'positive' | 'none';

// ("commentary", "commentator": an opinion piece or its author, not readers' comments)
const COMMENTS = /comment(?!ar|at)|disqus|discuss|replies|respond|responses|talkback|forum/;
const NEGATIVE =
  /share|sharing|social|related|recommend|promo|newsletter|subscri|signup|sign-up|cookie|consent|gdpr|advert|sponsor|outbrain|taboola|zergnet|breadcrumb|pagination|pager|popup|modal|byline|caption|credit|widget|toolbar|navbar|skip-?link|sr-only|screen-?reader|visually-?hidden|read-?more|readmore|more-?(stories|news|articles|from)|see-?also|read-?also|trending|most-?(popular|read|viewed)|premium-?prompt|login|author-?(bio|info|box|card)|about-?the-?author|tag-?list|tags|keywords|print-?only|rating|newsticker|ticker|top-?stories|you-?may-?like|also-?like|donat|affiliate|inline-?ad|ad-?slot|ad-?container|ad-?wrap|adsense|dfp-|banner|timestamp|dateline|meta-?data|post-?meta|entry-?meta|article-?meta|published|updated-?date|media-?(caption|credit)|enlarge|lightbox|slideshow|alert-?bar|notification|push-?prompt/;
/** Layout words: a footer/sidebar is boilerplate, a `content-sidebar-wrap` page wrapper is not. */
const LAYOUT = /sidebar|side-?bar|footer|header|menu|nav|aside|rail|supplement|secondary|complementary|masthead|topbar|photo|image|video|gallery|embed|player/;
const POSITIVE = /article|body|content|entry|main|post|story|text|prose|blog|hentry|h-entry/;
const EMBEDDED_POST = /tweet|instagram-media|social-?(media-?)?embed|embed-?(twitter|tweet|instagram|facebook)/;
/** Tokens short enough to need whole-word matching. */
const NEGATIVE_TOKENS = new Set(['ad', 'ads', 'adv', 'advert', 'nav', 'tag', 'meta', 'date', 'time', 'hidden', 'share', 'print', 'sponsored', 'related', 'aside', 'noprint', 'hide']);
/** CMS taxonomy classes (`tag-politics`, `category-news`, `has-post-thumbnail`) describe the post, not the box. */
const TAXONOMY_CLASS = /^(tag|category|categories|format|status|type|postid|post-id|has|with|no)-/;

const TAG_HINTS: Record<string, Hint> = {
  nav: 'negative',
  aside: 'negative',
  figcaption: 'negative',
  menu: 'negative',
  form: 'layout',
  footer: 'layout',
  header: 'layout',
  article: 'positive',
  main: 'positive',
};

const ROLE_HINTS: Record<string, Hint> = {
  navigation: 'negative',
  complementary: 'layout',
  contentinfo: 'layout',
  banner: 'layout',
  menu: 'negative',
  menubar: 'negative',
  dialog: 'negative',
  alertdialog: 'negative',
  search: 'negative',
  main: 'positive',
  article: 'positive',
};

/**
 * The hint for an element. `cache` (one per page) memoises by tag and attributes: pages repeat the same
 * few class strings hundreds of times, and the class regexes are the costly part.
 */
export function hintOf(el: Element, cache?: Map<string, Hint>): Hint {
  const a = el.attribs;
  const cls = a['class'];
  const id = a['id'];
  if (a['role'] !== undefined || a['itemprop'] !== undefined || !cache) return computeHint(el);
  if (cls === undefined && id === undefined) return TAG_HINTS[el.name] ?? 'none';
  const key = id === undefined ? `${el.name} ${cls}` : `${el.name} ${cls ?? ''}#${id}`;
  let hint = cache.get(key);
  if (hint === undefined) {
    hint = computeHint(el);
    cache.set(key, hint);
  }
  return hint;
}

function computeHint(el: Element): Hint {
  const attribs = el.attribs;
  const role = attribs['role'];
  const fromRole = role ? ROLE_HINTS[role.toLowerCase()] : undefined;
  if (fromRole && fromRole !== 'positive') return fromRole;
  const itemprop = attribs['itemprop'];
  if (itemprop && /articlebody|reviewbody/i.test(itemprop)) return 'positive';
  const names = classAndId(el);
  if (names) {
    // An embedded post (tweet, Instagram) is quoted content, whatever wrapper says "social".
    if (EMBEDDED_POST.test(names)) return 'none';
    if (COMMENTS.test(names)) return 'comments';
    if (NEGATIVE.test(names)) return 'negative';
    for (const token of names.split(/[^a-z0-9]+/)) if (NEGATIVE_TOKENS.has(token)) return 'negative';
    if (LAYOUT.test(names)) return 'layout';
  }
  const fromTag = TAG_HINTS[el.name];
  if (fromTag) return fromTag;
  if (fromRole) return fromRole;
  if (names && POSITIVE.test(names)) return 'positive';
  return 'none';
}

function classAndId(el: Element): string {
  const cls = el.attribs['class'];
  const id = el.attribs['id'];
  if (!cls && !id) return '';
  const classes = (cls ?? '')
    .toLowerCase()
    .split(/\s+/)
    .filter((c) => c && !TAXONOMY_CLASS.test(c));
  return `${classes.join(' ')} ${(id ?? '').toLowerCase()}`.trim();
}
