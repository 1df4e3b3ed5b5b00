import type { Element } from 'domhandler';

const CHROME_TAGS = new Set(['nav', 'menu']);
const CHROME_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'search', 'menu', 'menubar', 'toolbar']);
/** Class / id tokens of page furniture: menus, pagers, breadcrumbs, tag clouds, share bars. */
const CHROME_TOKEN = /^(nav|navbar|navigation|main-nav|site-nav|menu|main-menu|top-menu|submenu|pagination|pager|paging|breadcrumbs?|tags?|tag-?list|tags-?list|tag-?cloud|share|sharing|share-?buttons|social|social-?links|socials|site-?header|site-?footer|topbar|top-bar|bottom-bar|language-?switcher|lang-?switch|login|user-?menu|byline|author|authors|article-?tags|post-?tags|meta-?tags)$/;

/**
 * True when the element sits in page furniture. `<header>` / `<footer>` count only outside an
 * `<article>`: article cards commonly wrap their headline link in a header.
 */
export function isInChrome(el: Element): boolean {
  for (let p = el.parent; p && p.type !== 'root'; p = p.parent) {
    const a = p as Element;
    if (!a.name) continue;
    if (CHROME_TAGS.has(a.name)) return true;
    if ((a.name === 'header' || a.name === 'footer') && !hasAncestor(a, 'article')) return true;
    const role = a.attribs['role']?.toLowerCase();
    if (role && CHROME_ROLES.has(role)) return true;
    const tokens = `${a.attribs['class'] ?? ''} ${a.attribs['id'] ?? ''}`.toLowerCase().split(/\s+/);
    if (tokens.some((t) => CHROME_TOKEN.test(t))) return true;
  }
  return false;
}

function hasAncestor(el: Element, name: string): boolean {
  for (let p = el.parent; p && p.type !== 'root'; p = p.parent) if ((p as Element).name === name) return true;
  return false;
}
