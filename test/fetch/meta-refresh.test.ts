import { describe, expect, it } from 'vitest';
import { metaRefreshTarget } from '../../src/fetch/meta-refresh.ts';

const page = (meta: string, body = '') => Buffer.from(`<!doctype html><html><head><title>x</title>${meta}</head><body>${body}</body></html>`);
const at = 'https://news.example/a/moved.html';

describe('metaRefreshTarget', () => {
  it('reads the forms sites use: quoted, unquoted, "url=" or not, relative, entities', () => {
    expect(metaRefreshTarget(page('<meta http-equiv="refresh" content="0; url=https://news.example/b/story.html">'), at)).toBe('https://news.example/b/story.html');
    expect(metaRefreshTarget(page(`<META HTTP-EQUIV=Refresh CONTENT="0;URL='/b/story.html'">`), at)).toBe('https://news.example/b/story.html');
    expect(metaRefreshTarget(page('<meta content="1,story.html?id=2&amp;lang=en" http-equiv="refresh">'), at)).toBe('https://news.example/a/story.html?id=2&lang=en');
    expect(metaRefreshTarget(page(`<meta http-equiv='refresh' content='3; URL = //cdn.news.example/s'>`), at)).toBe('https://cdn.news.example/s');
    expect(metaRefreshTarget(page('<noscript><meta http-equiv="refresh" content="0;url=/nojs/story"></noscript>'), at)).toBe('https://news.example/nojs/story');
  });

  it('keeps a UTF-8 path intact whatever the page charset', () => {
    expect(metaRefreshTarget(page('<meta http-equiv="refresh" content="0; url=/новости/1">'), at)).toBe('https://news.example/%D0%BD%D0%BE%D0%B2%D0%BE%D1%81%D1%82%D0%B8/1');
  });

  it('ignores self-reloads, long delays, other schemes and ordinary meta tags', () => {
    expect(metaRefreshTarget(page('<meta http-equiv="refresh" content="300">'), at)).toBeNull();
    expect(metaRefreshTarget(page('<meta http-equiv="refresh" content="600; url=/live">'), at)).toBeNull();
    expect(metaRefreshTarget(page(`<meta http-equiv="refresh" content="0; url=${at}#top">`), at)).toBeNull();
    expect(metaRefreshTarget(page('<meta http-equiv="refresh" content="0; url=javascript:alert(1)">'), at)).toBeNull();
    expect(metaRefreshTarget(page('<meta http-equiv="refresh" content="0; url=file:///etc/passwd">'), at)).toBeNull();
    expect(metaRefreshTarget(page('<meta name="description" content="0; url=/elsewhere">'), at)).toBeNull();
    expect(metaRefreshTarget(page('', '<p>No refresh here: content="0; url=/x" http-equiv="refresh"</p>'), at)).toBeNull();
  });

  it('looks only at the top of a page', () => {
    const late = Buffer.concat([Buffer.from(`<html><body>${'x'.repeat(40_000)}`), Buffer.from('<meta http-equiv="refresh" content="0; url=/late"></body></html>')]);
    expect(metaRefreshTarget(late, at)).toBeNull();
  });
});
