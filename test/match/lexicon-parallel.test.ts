import { describe, expect, it } from 'vitest';
import { check, claim } from './seeded-matcher.ts';

// The gazetteer says in ru/be/uk what it says in English: "prepar*" covers the noun "preparation", so do
// "подготовка" / "падрыхтоўка" / "підготовка"; "polled" has its Russian participle "опрошенные". Sentences written
// for this test.

describe('preparation as a noun is a plan', () => {
  it.each([
    'В Минобороны заявили, что имеют данные о подготовке Киевом вторжения в Беларусь.',
    'У Міністэрстве абароны заявілі, што маюць звесткі пра падрыхтоўку Кіевам уварвання ў Беларусь.',
    'У Міноборони Білорусі заявили, що мають дані про підготовку Києвом вторгнення в Білорусь.',
    'The ministry said it had evidence of preparations by Kyiv for an invasion of Belarus.',
  ])('"%s" contradicts "no evidence that Kyiv plans an invasion"', (text) => {
    expect(claim(check(text), 'tumar-fight-invasion').stance).toBe('contradicts');
  });
});

describe('those polled are a poll', () => {
  it('a majority of those polled backing the war contradicts the public-opposes claim', () => {
    const v = check('По данным центра, 58% опрошенных белорусов поддерживают участие армии в войне на стороне России.');
    expect(claim(v, 'public-opposes-involvement').stance).toBe('contradicts');
  });

  it('a minority of them does not', () => {
    const v = check('По данным центра, лишь 12% опрошенных белорусов поддерживают участие армии в войне на стороне России.');
    expect(claim(v, 'public-opposes-involvement').stance).not.toBe('contradicts');
  });
});
