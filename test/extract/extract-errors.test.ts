import { describe, expect, it } from 'vitest';
import { extractArticle, extractArticleFromBytes } from '../../src/extract/extract-article.ts';
import { ExtractError } from '../../src/extract/extract-error.ts';

const url = 'https://s.example/a';

function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (err) {
    return err;
  }
  return null;
}

describe('ExtractError', () => {
  it('too-large for pages over the cap, naming the URL', () => {
    const err = thrown(() => extractArticle(`<html><body>${'<p>x</p>'.repeat(1_200_000)}</body></html>`, { url }));
    expect(err).toBeInstanceOf(ExtractError);
    expect((err as ExtractError).kind).toBe('too-large');
    expect((err as ExtractError).message).toContain(url);
  });
  it('not-html for binary bodies', () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 1, 2, 3]);
    const err = thrown(() => extractArticleFromBytes(png, { url, charset: null }));
    expect((err as ExtractError).kind).toBe('not-html');
  });
  it('not-html for a PDF served as text/html', () => {
    const pdf = Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj <</Type/Catalog/Pages 2 0 R>> endobj\n', 'latin1');
    expect((thrown(() => extractArticleFromBytes(pdf, { url, charset: null })) as ExtractError).kind).toBe('not-html');
  });
  it('no-content for a page with neither text nor title (a script-only app shell)', () => {
    const err = thrown(() => extractArticle('<html><head><script>boot()</script></head><body><div id="app"></div></body></html>', { url }));
    expect((err as ExtractError).kind).toBe('no-content');
  });
  it('a page with a title but no body text is returned, with empty text', () => {
    const a = extractArticle('<html><head><title>Video: convoy on the M10</title></head><body><video src="v.mp4"></video></body></html>', { url });
    expect(a.title).toBe('Video: convoy on the M10');
    expect(a.text).toBe('');
    expect(a.paragraphs).toEqual([]);
  });
  it('plain text without markup is still extracted', () => {
    const a = extractArticle('Officials said the convoy had passed through the town at night, heading south towards the border.', { url });
    expect(a.text).toBe('Officials said the convoy had passed through the town at night, heading south towards the border.');
  });
  it('the HTTP charset wins over sniffing', () => {
    const body = Buffer.from('<html><body><p>Войска были переброшены к южной границе страны в понедельник вечером, сообщили в министерстве.</p></body></html>', 'utf8');
    const a = extractArticleFromBytes(body, { url, charset: 'utf-8' });
    expect(a.text).toBe('Войска были переброшены к южной границе страны в понедельник вечером, сообщили в министерстве.');
  });
});
