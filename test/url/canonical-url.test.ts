import { describe, expect, it } from 'vitest';
import { canonicalizeUrl, tryCanonicalizeUrl } from '../../src/url/canonical-url.ts';
import { UrlError } from '../../src/url/url-error.ts';
import { isSameSite, siteOf } from '../../src/url/same-site.ts';

describe('canonicalizeUrl', () => {
  it.each([
    ['HTTP://News.Example.COM/a', 'http://news.example.com/a'],
    ['https://example.com:443/a', 'https://example.com/a'],
    ['http://example.com:80/a', 'http://example.com/a'],
    ['http://example.com:8080/a', 'http://example.com:8080/a'],
    ['https://example.com./a', 'https://example.com/a'],
    ['https://example.com/a#section-2', 'https://example.com/a'],
    ['https://example.com/a?', 'https://example.com/a'],
    ['https://example.com', 'https://example.com/'],
    ['  https://example.com/a  ', 'https://example.com/a'],
    ['https://example.com/a/../b/./c', 'https://example.com/b/c'],
    ['https://example.com/%7euser/%d0%bf?q=%41%2f', 'https://example.com/~user/%D0%BF?q=A%2F'],
    ['https://пример.бел/навіны', 'https://xn--e1afmkfd.xn--90ais/%D0%BD%D0%B0%D0%B2%D1%96%D0%BD%D1%8B'],
  ])('normalises %s', (input, expected) => {
    expect(canonicalizeUrl(input)).toBe(expected);
  });

  it('removes tracking parameters and keeps the others in order', () => {
    const url =
      'https://example.com/news/1?utm_source=tw&b=2&UTM_Campaign=x&fbclid=IwAR&a=1&gclid=9&yclid=5&_ga=2.1&mc_cid=c&mc_eid=e&msclkid=m&igshid=i&_hsenc=h&pk_campaign=p&intcid=CNI-00&itm_campaign=Related&ns_mchannel=rss&WT.mc_id=x&xtor=RSS-1';
    expect(canonicalizeUrl(url)).toBe('https://example.com/news/1?b=2&a=1');
  });

  it('keeps parameters that only look similar and values that contain tracking words', () => {
    expect(canonicalizeUrl('https://example.com/?id=5&q=utm_source&page_utm=1')).toBe('https://example.com/?id=5&q=utm_source&page_utm=1');
  });

  it('drops a query made only of tracking parameters', () => {
    expect(canonicalizeUrl('https://example.com/a?utm_medium=rss&utm_source=feed#top')).toBe('https://example.com/a');
  });

  it('resolves relative URLs against the base', () => {
    expect(canonicalizeUrl('../x?y=1&utm_medium=2', 'https://ex.com/a/b/c')).toBe('https://ex.com/a/x?y=1');
    expect(canonicalizeUrl('//cdn.ex.com/p', 'https://ex.com/')).toBe('https://cdn.ex.com/p');
    expect(canonicalizeUrl('/root', 'http://EX.com:80/a/b')).toBe('http://ex.com/root');
    expect(canonicalizeUrl('?page=2', 'https://ex.com/list?page=1')).toBe('https://ex.com/list?page=2');
  });

  it.each(['ftp://example.com/a', 'javascript:alert(1)', 'mailto:a@b.c', 'file:///etc/passwd', 'data:text/html,x'])(
    'throws an unsupported-scheme UrlError on %s',
    (input) => {
      expect(() => canonicalizeUrl(input)).toThrowError(UrlError);
      try {
        canonicalizeUrl(input);
      } catch (err) {
        expect((err as UrlError).kind).toBe('unsupported-scheme');
        expect((err as UrlError).permanent).toBe(true);
      }
    },
  );

  it('throws an invalid UrlError on garbage and relative URLs without a base', () => {
    for (const input of ['not a url', '/relative/only', 'http://']) {
      expect(() => canonicalizeUrl(input)).toThrowError(/url: /);
    }
    expect(tryCanonicalizeUrl('/relative/only')).toBeNull();
  });

  it('is idempotent', () => {
    for (const u of ['https://EX.com:443/a?utm_source=1&b=%20x#f', 'http://ex.com/п?q=при']) {
      const once = canonicalizeUrl(u);
      expect(canonicalizeUrl(once)).toBe(once);
    }
  });
});

describe('same site', () => {
  it.each([
    ['news.example.com', 'example.com'],
    ['www.example.com', 'example.com'],
    ['example.com', 'example.com'],
    ['news.bbc.co.uk', 'bbc.co.uk'],
    ['www.pravda.com.ua', 'pravda.com.ua'],
    ['127.0.0.1', '127.0.0.1'],
    ['localhost', 'localhost'],
  ])('siteOf(%s) = %s', (host, site) => expect(siteOf(host)).toBe(site));

  it('compares registrable domains', () => {
    expect(isSameSite('sport.tut.by', 'www.tut.by')).toBe(true);
    expect(isSameSite('bbc.co.uk', 'itv.co.uk')).toBe(false);
    expect(isSameSite('example.com', 'example.org')).toBe(false);
  });
});
