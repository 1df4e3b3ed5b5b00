/** Separators sites put between an article title and their own name. */
const SEPARATOR = /\s+[|–—·•:»-]\s+|\s+[|–—·•»]\s*|\s*[|–—·•»]\s+/;

/**
 * Strips a site-name part (`Title | Site`, `Site - Title`) from a title: the part that matches the
 * site name, or else the shorter end part when one side is clearly the longer, headline-like text.
 */
export function stripSiteName(title: string, siteName: string | null): string {
  const t = title.replace(/\s+/g, ' ').trim();
  const parts = t.split(SEPARATOR).map((p) => p.trim()).filter(Boolean);
  if (parts.length < 2) return t;
  const site = siteName ? simplify(siteName) : null;
  if (site) {
    const first = simplify(parts[0]!);
    const last = simplify(parts[parts.length - 1]!);
    if (last === site || (last.length > 2 && site.includes(last))) return joinBack(t, parts.slice(0, -1));
    if (first === site || (first.length > 2 && site.includes(first))) return joinBack(t, parts.slice(1));
  }
  const last = parts[parts.length - 1]!;
  const rest = parts.slice(0, -1).join(' ');
  // "Headline - Site": the tail is a few words while the headline keeps at least three.
  if (wordCount(last) <= 4 && wordCount(rest) >= 3) return joinBack(t, parts.slice(0, -1));
  return t;
}

/** Cuts `t` right after the kept parts, so separators inside the headline survive. */
function joinBack(t: string, kept: string[]): string {
  const first = kept[0]!;
  const lastKept = kept[kept.length - 1]!;
  const start = t.indexOf(first);
  const end = t.lastIndexOf(lastKept) + lastKept.length;
  return start >= 0 && end > start ? t.slice(start, end).trim() : kept.join(' ');
}

function simplify(s: string): string {
  return s.toLowerCase().replace(/^www\./, '').replace(/[^\p{L}\p{N}]+/gu, '');
}

function wordCount(s: string): number {
  return (s.match(/[\p{L}\p{N}]+/gu) ?? []).length;
}
