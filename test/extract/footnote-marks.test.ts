import { describe, expect, it } from 'vitest';
import { extractArticleFromBytes } from '../../src/extract/extract-article.ts';

// A footnote mark in <sup> after a full stop glues two sentences ("in 2021.4 Tanks ..."): it is dropped; an
// exponent after a unit or a number ("km<sup>2</sup>") is text and stays. Pages written for this test.

const page = (body: string) =>
  Buffer.from(
    `<!doctype html><html><head><title>Notes</title></head><body><article><h1>Notes</h1>${body}` +
      '<p>The rest of the article runs on for a while so that the extractor sees a body of some length, with several sentences of ordinary prose about nothing in particular.</p>' +
      '<p>Another paragraph follows here, again long enough to count as article text and not as page furniture or navigation.</p></article></body></html>',
  );
const text = (body: string) => extractArticleFromBytes(page(body), { url: 'https://notes.example/a', charset: null }).text;

describe('footnote marks', () => {
  it.each([
    ['a linked mark', '<p>The brigade trained near the river in 2021.<sup><a href="#fn4">4</a></sup> Tanks returned to the base a month later and stayed there.</p>'],
    ['a mark inside a link to the note', '<p>The brigade trained near the river in 2021.<a href="#note-4"><sup>4</sup></a> Tanks returned to the base a month later and stayed there.</p>'],
    ['a bracketed mark of a reference class', '<p>The brigade trained near the river in 2021.<sup class="reference">[4]</sup> Tanks returned to the base a month later and stayed there.</p>'],
    ['a bare number after a full stop', '<p>The brigade trained near the river in 2021.<sup>4</sup> Tanks returned to the base a month later and stayed there.</p>'],
  ])('%s is dropped', (_name, body) => {
    expect(text(body)).toContain('in 2021. Tanks returned');
  });

  it('an exponent after a unit stays', () => {
    expect(text('<p>The training ground covers some 40 km<sup>2</sup> of forest south of the town, local officials said.</p>')).toContain('40 km2 of forest');
  });
});
