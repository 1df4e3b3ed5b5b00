/** What a fetched body is, judged by its first bytes rather than by the Content-Type. */
export type BodyFormat = 'rss' | 'atom' | 'rdf' | 'json' | 'html' | 'other-xml' | 'unknown';

/** Skips the XML declaration, processing instructions, comments and the doctype, then names the root element. */
export function detectFormat(text: string): { format: BodyFormat; root: string | null } {
  const t = text.replace(/^\uFEFF/, '').trimStart();
  if (t.startsWith('{')) return { format: 'json', root: null };
  if (!t.startsWith('<')) return { format: 'unknown', root: null };
  if (/^<!doctype\s+html/i.test(stripProlog(t))) return { format: 'html', root: 'html' };
  const m = /<([A-Za-z_][\w:.-]*)/.exec(stripProlog(t));
  const root = m?.[1] ?? null;
  if (!root) return { format: 'unknown', root: null };
  const local = root.toLowerCase();
  if (local === 'rss') return { format: 'rss', root };
  if (local === 'feed' || local.endsWith(':feed')) return { format: 'atom', root };
  if (local === 'rdf:rdf' || local.endsWith(':rdf') || local === 'rdf') return { format: 'rdf', root };
  if (local === 'html' || local === 'head' || local === 'body') return { format: 'html', root };
  return { format: 'other-xml', root };
}

function stripProlog(t: string): string {
  let s = t;
  for (;;) {
    const before = s;
    s = s.replace(/^\s*<\?[\s\S]*?\?>/, '').replace(/^\s*<!--[\s\S]*?-->/, '');
    if (/^\s*<!doctype\s+html/i.test(s)) return s.trimStart();
    s = s.replace(/^\s*<!DOCTYPE[^>[]*(\[[\s\S]*?\])?\s*>/i, '');
    if (s === before) return s.trimStart();
  }
}
