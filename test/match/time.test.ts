import { describe, expect, it } from 'vitest';
import { addBuiltinPhrases } from '../../src/match/lexicon/builtin-phrases.ts';
import { PhraseIndex } from '../../src/match/lexicon/phrase-index.ts';
import { dayToIso, isoToDay, parseDates } from '../../src/match/parse/dates.ts';
import { tokenize } from '../../src/match/text/tokenize.ts';
import { check, claim, stances } from './seeded-matcher.ts';

const index = new PhraseIndex();
addBuiltinPhrases(index);
const dates = (text: string, published = '2024-08-20') => {
  const tokens = tokenize(text);
  return parseDates(text, tokens, index.find(tokens), isoToDay(published)).map((d) => `${dayToIso(d.from)}..${dayToIso(d.to)}`);
};

describe('parseDates', () => {
  it.each([
    ['on 18 August 2024', '2024-08-18..2024-08-18'],
    ['on August 18, 2024', '2024-08-18..2024-08-18'],
    ['on Aug. 18', '2024-08-18..2024-08-18'],
    ['between 10 and 23 August', '2024-08-10..2024-08-23'],
    ['10–23 August', '2024-08-10..2024-08-23'],
    ['in October 2024', '2024-10-01..2024-10-31'],
    ['as of mid-September 2024', '2024-09-10..2024-09-21'],
    ['in 2025', '2025-01-01..2025-12-31'],
    ['18 августа', '2024-08-18..2024-08-18'],
    ['с 10 по 23 августа', '2024-08-10..2024-08-23'],
    ['у кастрычніку 2024 года', '2024-10-01..2024-10-31'],
    ['10 серпня', '2024-08-10..2024-08-10'],
    ['в мае 2025 года', '2025-05-01..2025-05-31'],
  ])('reads "%s"', (text, range) => {
    expect(dates(text)).toContain(range);
  });

  it('resolves relative dates against the publication date (Tue 20 Aug 2024)', () => {
    expect(dates('last Saturday')).toEqual(['2024-08-17..2024-08-17']);
    expect(dates('в субботу')).toEqual(['2024-08-17..2024-08-17']);
    expect(dates('yesterday')).toEqual(['2024-08-19..2024-08-19']);
    expect(dates('учора')).toEqual(['2024-08-19..2024-08-19']);
    expect(dates('last month')).toEqual(['2024-07-01..2024-07-31']);
    // a month without a year that would lie in the future is last year's
    expect(dates('in October')).toEqual(['2023-10-01..2023-10-31']);
  });

  it('reads "since 2022" as reaching up to publication, and ignores "may" as a verb', () => {
    expect(dates('for the first time since 2022')).toEqual(['2022-01-01..2024-08-20']);
    expect(dates('troops may move soon')).toEqual([]);
  });
});

describe('time reasoning', () => {
  it('a later withdrawal is new information, not a contradiction', () => {
    const v = check('In October 2024 Belarus withdrew most of its troops from the Ukrainian border, the defence ministry said. Some 3,000 soldiers returned to their permanent bases.', {
      title: 'Belarus pulls troops back from Ukrainian border',
      publishedAt: '2024-10-20',
    });
    expect(v.relevance.relevant).toBe(true);
    expect(Object.values(stances(v))).not.toContain('contradicts');
    expect(v.newFacts.map((f) => f.kind)).toEqual(expect.arrayContaining(['date', 'count']));
  });

  it('a 2025 deployment with its own figure is new information', () => {
    const v = check('In March 2025 Belarus moved some 5,000 troops to the border with Ukraine near Brest, Ukrainian officials said.', { publishedAt: '2025-03-15' });
    expect(v.relevance.relevant).toBe(true);
    expect(claim(v, '1100-troops-30-miles').stance).toBe('unrelated');
    expect(v.newFacts).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'count', value: 'some 5,000 troops' }), expect.objectContaining({ kind: 'place', value: 'Brest' })]));
  });

  it('the same figure dated inside the claim period does contradict', () => {
    const v = check('Between 10 and 23 August 2024 Belarus moved some 5,000 troops to the border with Ukraine, Ukrainian officials said.', { publishedAt: '2025-03-15' });
    expect(claim(v, '1100-troops-30-miles').stance).toBe('contradicts');
  });

  it('a relative date resolves into the claim period ("last Saturday" in a Monday article)', () => {
    const v = check('Last Saturday, Defence Minister Viktor Khrenin announced that units were heading to the Gomel and Mazyr directions.', { publishedAt: '2024-08-12' });
    expect(claim(v, 'gomel-mazyr-directions').stance).toBe('supports');
  });

  it('"already there in 2023" contradicts "first time since 2022"', () => {
    const v = check('Mechanised brigades were already stationed near the border with Ukraine in 2023, rail records show.');
    expect(claim(v, 'mechanized-first-since-2022').stance).toBe('contradicts');
  });
});

describe('other events and vaguer dates', () => {
  it('a month-level date mostly after the claim period is later ("in September 2024")', () => {
    const v = check('In September 2024 Belarus kept about 2,000 troops near the border with Ukraine, Kyiv said.', { publishedAt: '2024-09-30' });
    expect(claim(v, '1100-troops-30-miles').stance).toBe('unrelated');
  });

  it('the figures of an exercise are its own, not a count of the deployment', () => {
    const v = check('Belarus began a snap combat readiness check near the border with Ukraine involving about 2,500 troops, the defence ministry said on August 20.');
    expect(claim(v, '1100-troops-30-miles').stance).not.toBe('contradicts');
    expect(v.newFacts.map((f) => f.kind)).toContain('event');
  });
});
