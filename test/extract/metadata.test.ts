import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract/extract-article.ts';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/extract');
const page = (head: string, body: string, htmlAttrs = ''): string =>
  `<!DOCTYPE html><html${htmlAttrs}><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
const PROSE =
  '<p>The units will stay in the area for several weeks, officials said, and more vehicles are expected to arrive by rail before the end of the month.</p>';

describe('metadata from JSON-LD and meta tags', () => {
  const html = readFileSync(join(fixtures, 'metadata-jsonld.html'), 'utf8');
  const a = extractArticle(html, { url: 'https://border-monitor.example/2024/08/10/gomel-mazyr?utm_source=x' });

  it('prefers the JSON-LD article object', () => {
    expect(a.title).toBe('Minister: troops ordered to Gomel and Mazyr directions');
    expect(a.publishedAt).toBe('2024-08-10T17:15:00.000Z');
    expect(a.modifiedAt).toBe('2024-08-11T06:00:00.000Z');
    expect(a.author).toBe('Olga Sidorova, Tom Reed');
  });
  it('reads site name, language, canonical (absolute) and description', () => {
    expect(a.siteName).toBe('Border Monitor');
    expect(a.lang).toBe('en');
    expect(a.canonicalUrl).toBe('https://border-monitor.example/2024/08/10/gomel-mazyr');
    expect(a.description).toBe('The defence minister said units were ordered to two directions.');
  });
});

describe('metadata fallbacks', () => {
  it('og:title minus the site name when there is no JSON-LD', () => {
    const a = extractArticle(
      page('<title>x</title><meta property="og:title" content="Convoy seen near Mazyr | Daily Post"><meta property="og:site_name" content="Daily Post">', PROSE),
      { url: 'https://daily.example/a' },
    );
    expect(a.title).toBe('Convoy seen near Mazyr');
  });
  it('the main h1, then <title> without the site name', () => {
    const withH1 = extractArticle(page('<title>Other - Site</title>', `<h1>Bridge closed for repairs</h1>${PROSE}`), { url: 'https://s.example/' });
    expect(withH1.title).toBe('Bridge closed for repairs');
    const titleOnly = extractArticle(page('<title>Army exercise ends near the border – The Evening Courier</title>', PROSE), { url: 'https://s.example/' });
    expect(titleOnly.title).toBe('Army exercise ends near the border');
  });
  it('article:published_time, then <time datetime>, then a date in the URL', () => {
    const meta = extractArticle(page('<meta property="article:published_time" content="2024-08-18T10:30:00+02:00">', PROSE), { url: 'https://s.example/' });
    expect(meta.publishedAt).toBe('2024-08-18T08:30:00.000Z');
    const time = extractArticle(page('', `<time datetime="2024-08-19">19 August</time>${PROSE}`), { url: 'https://s.example/' });
    expect(time.publishedAt).toBe('2024-08-19');
    const fromUrl = extractArticle(page('', PROSE), { url: 'https://s.example/news/2024/08/23/troops' });
    expect(fromUrl.publishedAt).toBe('2024-08-23');
    const none = extractArticle(page('', PROSE), { url: 'https://s.example/news/troops' });
    expect(none.publishedAt).toBeNull();
  });
  it('author from <meta name="author">, ignoring profile URLs', () => {
    const a = extractArticle(
      page('<meta property="article:author" content="https://facebook.com/someone"><meta name="author" content="By Anna Petrova">', PROSE),
      { url: 'https://s.example/' },
    );
    expect(a.author).toBe('Anna Petrova');
  });
  it('language from <html lang>, else detected from the text', () => {
    expect(extractArticle(page('', '<p>Військові залишаться в районі кілька тижнів, повідомили в міністерстві.</p>', ' lang="uk-UA"'), { url: 'https://s.example/' }).lang).toBe('uk');
    const detect = (p: string): string | null => extractArticle(page('', `<p>${p}</p>`), { url: 'https://s.example/' }).lang;
    expect(detect('The units will stay in the area for several weeks, officials said, and more vehicles are expected to arrive by rail.')).toBe('en');
    expect(detect('Подразделения останутся в районе несколько недель, сообщили официальные лица, и ещё больше техники прибудет по железной дороге.')).toBe('ru');
    expect(detect('Падраздзяленні застануцца ў раёне некалькі тыдняў, паведамілі афіцыйныя асобы, і яшчэ больш тэхнікі прыбудзе чыгункай.')).toBe('be');
    expect(detect('Підрозділи залишаться в районі кілька тижнів, повідомили посадовці, і ще більше техніки прибуде залізницею до кінця місяця.')).toBe('uk');
  });
  it('no canonical link falls back to og:url; junk schemes are dropped', () => {
    const og = extractArticle(page('<meta property="og:url" content="https://s.example/a?x=1">', PROSE), { url: 'https://s.example/a' });
    expect(og.canonicalUrl).toBe('https://s.example/a?x=1');
    const js = extractArticle(page('<link rel="canonical" href="javascript:void(0)">', PROSE), { url: 'https://s.example/a' });
    expect(js.canonicalUrl).toBeNull();
  });
});

describe('metadata shown only as visible text', () => {
  it('a Russian dateline gives the publication day; the site name is cut from <title>', () => {
    const html = readFileSync(join(fixtures, 'ru-labels.html'), 'utf8');
    const a = extractArticle(html, { url: 'https://polesie.example/news/uchenia' });
    expect(a.title).toBe('В Гомельской области начались учения резервистов');
    expect(a.siteName).toBe('Полесские новости');
    expect(a.publishedAt).toBe('2024-08-12');
    expect(a.lang).toBe('ru');
  });
});

describe('declared language against the text', () => {
  const body = (p: string): string => `<p>${p}</p>`;
  const BE = 'Падраздзяленні застануцца ў раёне некалькі тыдняў, паведамілі афіцыйныя асобы, і яшчэ больш тэхнікі прыбудзе чыгункай.';
  const RU = 'Подразделения останутся в районе несколько недель, сообщили официальные лица, и ещё больше техники прибудет по железной дороге.';
  it('a template lang="en" over Russian text, and lang="ru" over Belarusian text, give way to the letters', () => {
    expect(extractArticle(page('', body(RU), ' lang="en"'), { url: 'https://s.example/' }).lang).toBe('ru');
    expect(extractArticle(page('', body(BE), ' lang="ru"'), { url: 'https://s.example/' }).lang).toBe('be');
  });
  it('a declared language that agrees with the script is kept', () => {
    expect(extractArticle(page('', body(RU), ' lang="ru-RU"'), { url: 'https://s.example/' }).lang).toBe('ru');
    expect(extractArticle(page('', PROSE, ' lang="de"'), { url: 'https://s.example/' }).lang).toBe('de');
  });
});

describe('main h1', () => {
  it('skips a logo <h1> before the headline', () => {
    const a = extractArticle(page('<title>x</title>', `<header><h1><a href="/">Gazette</a></h1></header><h1>Bridge over the Sozh reopens to lorries</h1>${PROSE}`), { url: 'https://s.example/' });
    expect(a.title).toBe('Bridge over the Sozh reopens to lorries');
  });
});
