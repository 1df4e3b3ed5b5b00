import { describe, expect, it } from 'vitest';
import { PhraseIndex } from '../../src/match/lexicon/phrase-index.ts';
import { tokenizeRange } from '../../src/match/text/tokenize.ts';
import { check, claim } from './seeded-matcher.ts';

// Belarusian writes у as ў after a vowel ("для Ўкраіны", "спробы ўварвання", "ўдзел"): the engine reads both as
// one word, so a lexicon entry written with у finds the word after a vowel. Sentences written for this test.

const words = (t: string) => tokenizeRange(t, 0, t.length, null).map((x) => x.n);

describe('a word-initial ў is read as у', () => {
  it('in the tokenizer, upper case too', () => {
    expect(words('Дапамога для Ўкраіны і ўварванне')).toEqual(['дапамога', 'для', 'украіны', 'і', 'уварванне']);
  });
  it('not inside a word', () => {
    expect(words('паведаміў заявіў')).toEqual(['паведаміў', 'заявіў']);
  });
});

describe('spellings that fold to one form are one phrase', () => {
  it('"ўступ* у вайну" and "уступ* ў вайну" give one hit', () => {
    const index = new PhraseIndex();
    index.add('enter', 'term', 'ўступ* у вайну');
    index.add('enter', 'term', 'уступ* ў вайну');
    const t = 'Мінск не ўступіў у вайну';
    expect(index.find(tokenizeRange(t, 0, t.length, null)).length).toBe(1);
  });
});

describe('claims read through the folded word', () => {
  it('"Кіеў рыхтуе ўварванне" contradicts the "no evidence Kyiv plans one" part of tumar-fight-invasion', () => {
    expect(claim(check('У Мінску сцвярджаюць, што Кіеў рыхтуе ўварванне ў Беларусь.'), 'tumar-fight-invasion').stance).toBe('contradicts');
  });
  it('Tumar\'s warning "у выпадку ўварвання" still supports it', () => {
    expect(claim(check('Намеснік начальніка Генштаба Віктар Тумар заявіў, што беларусы будуць змагацца ў выпадку ўварвання.'), 'tumar-fight-invasion').stance).toBe('supports');
  });
});
