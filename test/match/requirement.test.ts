import { describe, expect, it } from 'vitest';
import { check, claim } from './seeded-matcher.ts';

// "To assemble a strike group, weeks are needed": words that would contradict the claim, inside a clause of purpose
// with a word of need in the sentence, say what such a step would take, not that it is taken. A purpose after an
// action, or a need that is denied, still reports it. Sentences written for this test.

describe('a clause of purpose with a word of need names a requirement, no contradiction', () => {
  it.each([
    'In order to assemble a strike group, Belarus needs weeks of preparation and fuel.',
    'Чтобы собрать ударную группировку, Беларуси понадобятся недели подготовки.',
    'Каб сабраць ударную групоўку, Беларусі патрэбны тыдні падрыхтоўкі.',
    'Щоб зібрати ударне угруповання, Білорусі потрібні тижні підготовки.',
  ])('"%s" does not contradict no-threat', (text) => {
    expect(claim(check(text), 'no-threat-to-ukraine').stance).not.toBe('contradicts');
  });
});

describe('a purpose after an action, or a denied need, still contradicts', () => {
  it.each([
    'Беларусь стягивает к границе войска, чтобы собрать ударную группировку.',
    'Чтобы собрать ударную группировку, Беларуси не нужны недели: она уже стоит у границы.',
  ])('"%s" contradicts no-threat', (text) => {
    expect(claim(check(text), 'no-threat-to-ukraine').stance).toBe('contradicts');
  });
});
