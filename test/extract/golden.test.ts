import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractArticle, extractArticleFromBytes } from '../../src/extract/extract-article.ts';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/extract');
const read = (name: string): string => readFileSync(join(fixtures, name), 'utf8');
const expected = (name: string): string => read(`${name}.expected.txt`).trim();
const url = (name: string): string => `https://news.example.org/2024/08/20/${name}`;

describe('golden pages: the article text comes out whole and nothing else', () => {
  const layouts = [
    'br-separated', // body as <br>-separated text in a bare div
    'promo-split', // body split by a newsletter box and a read-also aside, with a subheading
    'layout-table', // the page laid out with a table, a data table inside the body
    'no-article', // no <article>, <main> or telling class names
    'comments', // prose comments after the article
    'related-stories', // teaser cards with summaries, a most-read list
    'cookie-banner', // a long cookie consent text before the article
    'captions', // figcaption, caption paragraphs and photo credits inside the body
    'ticker-above-title', // a headline ticker with summaries above the story, in the same column
    'lists-quotes-embeds', // lists, a subheading, quotes and an embedded tweet kept; share bar, read-more link, author bio dropped
    'misleading-classes', // the body inside 'content-sidebar-wrap', 'hidden-print-area', 'tag-military' classes
    'ru-labels', // a Russian page: rubric, dateline, 'Реклама' / 'Поделиться' labels and a read-also box dropped
  ];
  for (const name of layouts) {
    it(name, () => {
      const article = extractArticle(read(`${name}.html`), { url: url(name) });
      expect(article.text).toBe(expected(name));
      expect(article.paragraphs.join('\n\n')).toBe(article.text);
    });
  }

  it('windows-1251 bytes without a charset header or meta tag', () => {
    const body = readFileSync(join(fixtures, 'cp1251-no-charset.html'));
    const article = extractArticleFromBytes(body, { url: url('cp1251'), charset: null });
    expect(article.text).toBe(expected('cp1251-no-charset'));
    expect(article.title).toBe('Войска направлены к южной границе');
    expect(article.lang).toBe('ru');
  });

  it('a 6 MB page comes out in bounded time', () => {
    const comment =
      '<div class="comment"><span class="name">visitor</span><p>This is one of very many reader comments, long enough to look like prose, with commas, and sentences. It keeps going for a while so that the page grows large.</p></div>\n';
    const filler = comment.repeat(Math.ceil((6 * 1024 * 1024) / comment.length));
    const html = read('large-page.html').replace('<!--FILLER-->', filler);
    expect(html.length).toBeGreaterThan(6 * 1024 * 1024);
    const started = performance.now();
    const article = extractArticle(html, { url: url('large') });
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(article.text).toBe(expected('large-page'));
  });

  it('10,000-deep nesting around the article and beside it neither hangs nor overflows the stack', () => {
    const depth = 10_000;
    const junk = '<div><span>deep</span>'.repeat(depth) + '</div>'.repeat(depth);
    const html = read('deep-nesting.html')
      .replace('<!--JUNK-->', junk)
      .replace('<!--OPEN-->', '<div>'.repeat(depth))
      .replace('<!--CLOSE-->', '</div>'.repeat(depth));
    const article = extractArticle(html, { url: url('deep') });
    expect(article.text).toBe(expected('deep-nesting'));
  });
});
