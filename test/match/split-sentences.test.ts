import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/match/text/split-sentences.ts';
import { tokenize, tokenizeRange, wordHash } from '../../src/match/text/tokenize.ts';

const texts = (t: string) => splitSentences(t).map((s) => s.text);

describe('splitSentences', () => {
  it('splits on terminal punctuation before a capital, a digit or a quote', () => {
    expect(texts('Troops moved. 1,100 of them stayed! "Is it true?" asked a reporter. Yes.')).toEqual([
      'Troops moved.',
      '1,100 of them stayed!',
      '"Is it true?" asked a reporter.',
      'Yes.',
    ]);
  });

  it('keeps abbreviations, initials and grouped numbers inside a sentence', () => {
    expect(texts('Gen. Khrenin said on Aug. 10 that 1.100 troops moved. V. Tumar agreed with the U.S. envoy.')).toEqual([
      'Gen. Khrenin said on Aug. 10 that 1.100 troops moved.',
      'V. Tumar agreed with the U.S. envoy.',
    ]);
    expect(texts('В т.ч. подразделения из г. Минск. Это подтвердили.')).toEqual(['В т.ч. подразделения из г. Минск.', 'Это подтвердили.']);
  });

  it('reads "no." as an abbreviation only before a number', () => {
    expect(texts('Brigade No. 6 stayed. Did they agree? Sadly, no. The officers refused. Most said no. Then the vote ended.')).toEqual([
      'Brigade No. 6 stayed.',
      'Did they agree?',
      'Sadly, no.',
      'The officers refused.',
      'Most said no.',
      'Then the vote ended.',
    ]);
  });

  it('treats line breaks as boundaries and reports offsets', () => {
    const text = 'First paragraph\n\nSecond one. Third.';
    const spans = splitSentences(text);
    expect(spans.map((s) => s.text)).toEqual(['First paragraph', 'Second one.', 'Third.']);
    for (const s of spans) expect(text.slice(s.start, s.start + s.text.length)).toBe(s.text);
  });

  it('splits Cyrillic sentences and guillemets', () => {
    expect(texts('Хренин заявил: «Войска выдвинуты». Минобороны подтвердило.')).toEqual(['Хренин заявил: «Войска выдвинуты».', 'Минобороны подтвердило.']);
  });
});

describe('tokenizeRange (the engine reads each sentence in place from the article)', () => {
  it('gives the tokens of the slice, offsets relative to it, and the hash of every word', () => {
    const text = 'Lead. Belarus’s ВОЙСКА moved 1,100 troops — 30% of Ёлкин\'s men, Ελληνικά İstanbul.\nNext.';
    for (const s of splitSentences(text)) {
      const hashes = { h: new Int32Array(2) };
      const tokens = tokenizeRange(text, s.start, s.start + s.text.length, hashes);
      expect(tokens).toEqual(tokenize(s.text));
      tokens.forEach((t, k) => expect(hashes.h[k]).toBe(wordHash(t.n)));
    }
  });

  it('lower-cases and normalises words as before: one word at a time, the whole sentence when Σ or İ is in it', () => {
    expect(tokenize('Belarus’s ЁЛКА').map((t) => t.n)).toEqual(['belarus', 'елка']);
    expect(tokenize('ΟΔΟΣ ΣΑ').map((t) => t.n)).toEqual('ΟΔΟΣ ΣΑ'.toLowerCase().split(' '));
    expect(tokenize('İstanbul x').map((t) => t.n)).toEqual(['i̇stanbul', 'x']);
  });
});
