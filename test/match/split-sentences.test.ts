import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/match/text/split-sentences.ts';

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
