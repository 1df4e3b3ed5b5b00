import type { AnyNode, Document, Element } from 'domhandler';
import { EXTRACT_LIMITS } from '../limits.ts';

/** The page's metadata-bearing elements, gathered in one pass over the document. */
export interface HeadData {
  htmlLang: string | null;
  title: string | null;
  /** `name`/`property`/`itemprop`/`http-equiv` (lower-cased) -> first non-empty `content`. */
  meta: Map<string, string>;
  /** `rel` token (lower-cased) -> first href. */
  links: Map<string, string>;
  jsonLd: string[];
  h1: string[];
  /** `datetime` of `<time>` elements, in document order. */
  times: string[];
  /** Text of elements carrying `itemprop` (author, datePublished...) or `rel="author"`, first wins. */
  itemprops: Map<string, string>;
}

const MAX_COLLECTED = 20;

export function collectHead(doc: Document): HeadData {
  const data: HeadData = {
    htmlLang: null,
    title: null,
    meta: new Map(),
    links: new Map(),
    jsonLd: [],
    h1: [],
    times: [],
    itemprops: new Map(),
  };
  const stack: AnyNode[] = [...doc.children].reverse();
  let visited = 0;
  while (stack.length && visited++ < EXTRACT_LIMITS.maxElements) {
    const node = stack.pop()!;
    if (node.type !== 'tag' && node.type !== 'script' && node.type !== 'style') continue;
    const el = node as Element;
    const a = el.attribs;
    switch (el.name) {
      case 'html':
        data.htmlLang ??= a['lang'] || a['xml:lang'] || null;
        break;
      case 'title':
        if (data.title === null) data.title = textOf(el);
        continue;
      case 'meta': {
        const key = (a['property'] ?? a['name'] ?? a['itemprop'] ?? a['http-equiv'])?.trim().toLowerCase();
        const content = a['content']?.trim();
        if (key && content && !data.meta.has(key)) data.meta.set(key, content);
        continue;
      }
      case 'link': {
        const href = a['href']?.trim();
        if (href) for (const rel of (a['rel'] ?? '').toLowerCase().split(/\s+/)) if (rel && !data.links.has(rel)) data.links.set(rel, href);
        continue;
      }
      case 'script':
        if (/ld\+json/i.test(a['type'] ?? '') && data.jsonLd.length < MAX_COLLECTED) data.jsonLd.push(textOf(el));
        continue;
      case 'style':
        continue;
      case 'h1':
        if (data.h1.length < MAX_COLLECTED) data.h1.push(textOf(el));
        break;
      case 'time':
        if (a['datetime'] && data.times.length < MAX_COLLECTED) data.times.push(a['datetime']);
        break;
    }
    const prop = a['itemprop']?.toLowerCase();
    if (prop && !data.itemprops.has(prop) && el.name !== 'meta') {
      const value = a['content'] ?? a['datetime'] ?? textOf(el);
      if (value.trim()) data.itemprops.set(prop, value.trim());
    }
    if (a['rel'] === 'author' && !data.itemprops.has('rel-author')) data.itemprops.set('rel-author', textOf(el));
    for (let i = el.children.length - 1; i >= 0; i--) stack.push(el.children[i]!);
  }
  return data;
}

/** Text content, whitespace-normalised, iteratively; capped so a giant element cannot blow up. */
export function textOf(root: Element): string {
  const parts: string[] = [];
  const stack: AnyNode[] = [...root.children].reverse();
  let size = 0;
  while (stack.length && size < 100_000) {
    const node = stack.pop()!;
    if (node.type === 'text') {
      const d = (node as { data: string }).data;
      parts.push(d);
      size += d.length;
    } else if ('children' in node) {
      const ch = (node as Element).children;
      for (let i = ch.length - 1; i >= 0; i--) stack.push(ch[i]!);
    }
  }
  return parts.join('').replace(/\s+/g, ' ').trim();
}
