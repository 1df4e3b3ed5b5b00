import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract/extract-article.ts';
import { ExtractError } from '../../src/extract/extract-error.ts';

const url = 'https://s.example/a';

/** Deterministic tag soup: unbalanced tags, stray closers, comments, entities, scripts, attributes. */
function tagSoup(seed: number, pieces: number): string {
  let x = seed >>> 0 || 1;
  const rand = (n: number): number => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) % n;
  };
  const tags = ['div', 'p', 'span', 'a', 'table', 'tr', 'td', 'li', 'ul', 'br', 'h1', 'h2', 'article', 'section', 'script', 'style', 'b', 'aside', 'nav', 'figure', 'figcaption'];
  const classes = ['', 'comment', 'content', 'sidebar', 'share', 'article-body', 'x', 'footer'];
  const words = ['troops', 'border', 'the', 'army', 'moved', 'said', 'Minsk', '&amp;', '&#x44;', '&bogus;', 'Гомель', 'ў', '—', ',', '.'];
  const out: string[] = [];
  for (let i = 0; i < pieces; i++) {
    const r = rand(10);
    const tag = tags[rand(tags.length)]!;
    if (r < 3) out.push(`<${tag} class="${classes[rand(classes.length)]}" ${rand(2) ? 'hidden' : ''}>`);
    else if (r < 5) out.push(`</${tag}>`);
    else if (r < 6) out.push(rand(2) ? '<!-- c -->' : '<![CDATA[x]]>');
    else out.push(Array.from({ length: 1 + rand(30) }, () => words[rand(words.length)]).join(' '));
  }
  return out.join('');
}

describe('hostile and broken input', () => {
  it('tag soup never throws anything but ExtractError and keeps text and paragraphs consistent', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const html = tagSoup(seed, 50 + (seed % 400));
      try {
        const a = extractArticle(html, { url });
        expect(a.text).toBe(a.paragraphs.join('\n\n'));
        for (const p of a.paragraphs) expect(p).toBe(p.trim());
      } catch (err) {
        expect(err).toBeInstanceOf(ExtractError);
      }
    }
  });

  it('nesting far past 10,000 levels is refused quickly with a clear error, not parsed for minutes', () => {
    const html = `<html><body><p>${'<b>'.repeat(300_000)}deep words here in the text${'</b>'.repeat(300_000)}</p></body></html>`;
    const started = performance.now();
    const err = (() => {
      try {
        extractArticle(html, { url });
        return null;
      } catch (e) {
        return e;
      }
    })();
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(err).toBeInstanceOf(ExtractError);
    expect((err as ExtractError).kind).toBe('too-large');
    expect((err as ExtractError).message).toContain('nesting deeper than');
  });

  it('150,000 sibling paragraphs, a 2 MB text node and a megabyte attribute finish in bounded time', () => {
    const cases = [
      `<html><body>${'<p>A short line of text, with a comma.</p>'.repeat(150_000)}</body></html>`,
      `<html><body><div>${'word '.repeat(400_000)}</div></body></html>`,
      `<html><body><div class="${'x'.repeat(1_000_000)}">text</div><p title="${'"'.repeat(10)}">${'<'.repeat(100_000)}</p></body></html>`,
    ];
    for (const html of cases) {
      const started = performance.now();
      const a = extractArticle(html, { url });
      expect(performance.now() - started).toBeLessThan(15_000);
      expect(a.text.length).toBeGreaterThan(0);
    }
  });

  it('huge and deeply nested JSON-LD is read within its caps', () => {
    const deep = '['.repeat(5000) + ']'.repeat(5000);
    const wide = JSON.stringify(Array.from({ length: 200_000 }, (_, i) => ({ '@type': 'Thing', name: `n${i}` })));
    const article = JSON.stringify({ '@type': 'NewsArticle', headline: 'Units moved to the border' });
    const html = `<html><head><script type="application/ld+json">${deep}</script><script type="application/ld+json">${wide}</script><script type="application/ld+json">${article}</script><script type="application/ld+json">{broken</script></head><body><p>Officials said that several units had been moved to the border overnight, according to the ministry.</p></body></html>`;
    const a = extractArticle(html, { url });
    expect(a.title).toBe('Units moved to the border');
  });
});
