import { describe, expect, it } from 'vitest';
import { addBuiltinPhrases } from '../../src/match/lexicon/builtin-phrases.ts';
import { PhraseIndex } from '../../src/match/lexicon/phrase-index.ts';
import { parseQuantities, type Quantity } from '../../src/match/parse/quantities.ts';
import { tokenize } from '../../src/match/text/tokenize.ts';
import { check, claim } from './seeded-matcher.ts';

// "one soldier in fifty": a ratio whose numerator carries its troop word is a share of the force, not a count of
// one soldier. Every phrase here is written for this test.

const index = new PhraseIndex();
addBuiltinPhrases(index);

function read(text: string): Quantity[] {
  const tokens = tokenize(text);
  return parseQuantities(text, tokens, index.find(tokens));
}

describe('a ratio with a troop word after its numerator is a share of the force', () => {
  it.each([
    ['Observers reckon roughly one serviceman in fifty went south.', 1 / 50],
    ['The count comes to one soldier out of every 60 in the force.', 1 / 60],
    ['Наблюдатели насчитали одного военнослужащего из 50.', 1 / 50],
    ['Назіральнікі налічылі аднаго вайскоўца з 50.', 1 / 50],
    ['Спостерігачі нарахували одного солдата з 60.', 1 / 60],
  ])('"%s" holds a share of the army, no count', (text, value) => {
    const qs = read(text).filter((q) => !q.yearLike);
    expect(qs.filter((q) => q.kind === 'count')).toEqual([]);
    const share = qs.find((q) => q.kind === 'share');
    expect(share?.ofArmy).toBe(true);
    expect(share?.value).toBeCloseTo(value, 3);
  });

  it('a plain count of soldiers with "in" after it is still a count', () => {
    const qs = read('About 900 soldiers in Gomel region left their barracks.').filter((q) => q.kind === 'count');
    expect(qs.map((q) => q.value)).toEqual([900]);
  });
});

describe('such a share answers the third-of-the-army claim', () => {
  it.each([
    'Lukashenko says a third of his army stands at the Ukrainian border. Satellite counts put the deployment at about one soldier in fifty of the force.',
    'Лукашенко заявил, что треть армии стоит на границе с Украиной. Независимые подсчёты дают одного военнослужащего из 50 в армии.',
  ])('"%s" contradicts it and gives the 1,100-troops claim no count', (text) => {
    const v = check(text);
    expect(claim(v, 'third-of-army-to-border').stance).toBe('contradicts');
    expect(claim(v, '1100-troops-30-miles').stance).not.toBe('contradicts');
  });
});
