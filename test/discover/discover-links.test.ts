import { describe, expect, it } from 'vitest';
import { discoverArticleLinks } from '../../src/discover/discover-links.ts';
import { fixture } from '../fetch/support/fixture-server.ts';

const listing = fixture('discover/listing.html').toString('utf8');
const expected = JSON.parse(fixture('discover/listing.expected.json').toString('utf8')) as string[];
const PAGE = 'https://monitor.example.by/en/news/?page=1';

describe('discoverArticleLinks', () => {
  it('finds the article links of a realistic listing page and nothing else (golden file)', () => {
    expect(discoverArticleLinks(listing, PAGE)).toEqual(expected);
  });

  it('leaves out navigation, tag, author, category, pagination, login, share and off-site links', () => {
    const links = discoverArticleLinks(listing, PAGE);
    for (const bad of [/\/tags\//, /\/authors\//, /\/category\//, /\/page\/\d/, /[?&]page=/, /login/, /share/, /partner\.example\.com/, /\.pdf$/, /\/about$/, /politics$/, /featured-in-menu/, /editors-pick-in-footer/, /sits-in-the-pager/]) {
      expect(links.filter((l) => bad.test(l))).toEqual([]);
    }
  });

  it('canonicalises (tracking parameters, fragments, default port, host case) and deduplicates', () => {
    const links = discoverArticleLinks(listing, PAGE);
    expect(links.filter((l) => l.includes('khrenin-troops-gomel-mazyr'))).toEqual(['https://monitor.example.by/en/news/2024/08/10/khrenin-troops-gomel-mazyr-123400']);
    expect(links.some((l) => /utm_|fbclid|#/.test(l))).toBe(false);
    expect(new Set(links).size).toBe(links.length);
  });

  it('resolves relative links against <base href>, not the page URL', () => {
    const html = '<html><head><base href="https://a.example.com/root/"></head><body><main><a href="2024/08/10/some-long-article-slug-here">A long enough headline for an article</a></main></body></html>';
    expect(discoverArticleLinks(html, 'https://a.example.com/section/list/')).toEqual(['https://a.example.com/root/2024/08/10/some-long-article-slug-here']);
  });

  it('resolves against the page URL without <base>', () => {
    const html = '<ul><li><a href="story-12345.html">Troops moved toward the southern border</a></li></ul>';
    expect(discoverArticleLinks(html, 'https://b.example.com/news/index.html')).toEqual(['https://b.example.com/news/story-12345.html']);
  });

  it('keeps article cards whose headline sits in an <article><header>', () => {
    const html = '<article><header><h2><a href="/news/belarus-border-troops-update">Update</a></h2></header></article><header><a href="/news/site-header-link-should-go">Header link text long</a></header>';
    expect(discoverArticleLinks(html, 'https://c.example.com/')).toEqual(['https://c.example.com/news/belarus-border-troops-update']);
  });

  it('uses the selector instead of the heuristic when given', () => {
    expect(discoverArticleLinks(listing, PAGE, { selector: 'aside.most-read li' })).toEqual([
      'https://monitor.example.by/en/news/2024/08/19/tumar-belarusians-would-fight-any-invasion-123480',
      'https://monitor.example.by/en/news/2024/08/18/lukashenko-third-of-army-at-border-123456',
      'https://www.monitor.example.by/en/news/2024/08/21/kyiv-warns-minsk-tragic-mistakes-123501',
    ]);
    // A selector may pick links the heuristic would skip (here: section links), still canonical and deduplicated.
    expect(discoverArticleLinks(listing, PAGE, { selector: 'nav a' })).toEqual([
      'https://monitor.example.by/en/news/',
      'https://monitor.example.by/en/news/politics',
      'https://monitor.example.by/en/news/economy',
      'https://monitor.example.by/en/news/2024/08/01/featured-in-menu-should-not-count-123001',
    ]);
  });

  it('takes a rel="bookmark" permalink with a short path and text (WordPress)', () => {
    const html = '<div class="post"><a href="/belarus-drills/" rel="bookmark">Drills</a></div><div><a href="/contacts-page/">Drills</a></div>';
    expect(discoverArticleLinks(html, 'https://wp.example.org/')).toEqual(['https://wp.example.org/belarus-drills/']);
  });

  it('skips share, reply and print variants of the page itself and of other articles', () => {
    const page = 'https://wp.example.org/2024/08/10/troops-moved-to-the-border/';
    const html = `<article>
      <a href="${page}?share=facebook">Share on Facebook</a>
      <a href="${page}?replytocom=5755">Reply to this comment please</a>
      <a href="${page}?intcid=CNI-00-10aaa3b">Troops moved to the border (this page)</a>
      <a href="/2024/08/11/second-article-about-the-border/?share=twitter">Tweet the second article</a>
      <a href="/2024/08/11/second-article-about-the-border/?print=1">Print the second article now</a>
      <a href="/2024/08/11/second-article-about-the-border/?itm_campaign=related">Second article about the border</a>
    </article>`;
    expect(discoverArticleLinks(html, page)).toEqual(['https://wp.example.org/2024/08/11/second-article-about-the-border/']);
  });

  it('tells a three-word section slug from a headline slug', () => {
    const html = '<main><a href="/news/running-your-business/">Running Your Business</a><a href="/news/belarus-sends-troops-to-gomel/">Belarus sends troops</a></main>';
    expect(discoverArticleLinks(html, 'https://crn.example.com/')).toEqual(['https://crn.example.com/news/belarus-sends-troops-to-gomel/']);
  });

  it('keeps articles filed under a topic or section path, but not the topic pages themselves', () => {
    const html = `<main>
      <a href="/topics/belarus/2024/08/10/troops-at-the-border">Troops at the border, again today</a>
      <a href="/topics/belarus">Everything about Belarus and its army</a>
      <a href="/section/politics/398120">Minsk sends more troops toward Gomel</a>
      <a href="/?p=48213">WordPress shortlink to a post about the border</a>
      <a href="/?p=2">Older posts on this blog, page two</a>
      <a href="/index.php?option=com_content&view=article&id=5521">Joomla article about the deployment</a>
    </main>`;
    expect(discoverArticleLinks(html, 'https://topics.example.org/news/')).toEqual([
      'https://topics.example.org/topics/belarus/2024/08/10/troops-at-the-border',
      'https://topics.example.org/section/politics/398120',
      'https://topics.example.org/?p=48213',
      'https://topics.example.org/index.php?option=com_content&view=article&id=5521',
    ]);
  });

  it('names an invalid selector', () => {
    expect(() => discoverArticleLinks(listing, PAGE, { selector: 'a[href' })).toThrow(/invalid CSS selector "a\[href"/);
  });

  it('returns nothing for a page without article links', () => {
    expect(discoverArticleLinks('<html><body><nav><a href="/a/b/c-d-e-f">x</a></nav><p>empty</p></body></html>', 'https://d.example.com/')).toEqual([]);
  });
});
