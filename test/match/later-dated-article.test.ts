import { describe, expect, it } from 'vitest';
import { addBuiltinPhrases } from '../../src/match/lexicon/builtin-phrases.ts';
import { PhraseIndex } from '../../src/match/lexicon/phrase-index.ts';
import { dayToIso, isoToDay, parseDates } from '../../src/match/parse/dates.ts';
import { tokenize } from '../../src/match/text/tokenize.ts';
import { check, claim } from './seeded-matcher.ts';

// A report published some weeks after the claim's period, whose own dates all lie after it ("on Tuesday" in
// September, "in the first week of October"), is about that later time: its figures are new information, not a
// contradiction of the August count. The same report published inside the period still contradicts it.
// (The figures stand in a paragraph of their own, which inherits no date.) Sentences written for this test.

const index = new PhraseIndex();
addBuiltinPhrases(index);
const dates = (text: string, published: string) => {
  const tokens = tokenize(text);
  return parseDates(text, tokens, index.find(tokens), isoToDay(published)).map((d) => `${dayToIso(d.from)}..${dayToIso(d.to)}`);
};

describe('a week or half of a month names that month', () => {
  it.each([
    ['в первую неделю октября', '2024-10-01..2024-10-31'],
    ['у першы тыдзень кастрычніка', '2024-10-01..2024-10-31'],
    ['у другій половині жовтня', '2024-10-01..2024-10-31'],
  ])('reads "%s"', (text, range) => {
    expect(dates(text, '2024-10-30')).toEqual([range]);
  });
});

const REPORTS = [
  'Во вторник Министерство обороны Беларуси сообщило, что к границе с Украиной выдвинуты новые подразделения.\n\nПо данным мониторинговых каналов, у границы сейчас около 3 000 белорусских военнослужащих.',
  'У аўторак Міністэрства абароны Беларусі паведаміла, што да мяжы з Украінай высунутыя новыя падраздзяленні.\n\nПаводле маніторынгавых каналаў, ля мяжы зараз каля 3 000 беларускіх вайскоўцаў.',
  'У першы тыдзень кастрычніка да мяжы з Украінай перакінулі новыя падраздзяленні.\n\nПаводле маніторынгавых каналаў, ля мяжы зараз каля 3 000 беларускіх вайскоўцаў.',
  'On Tuesday the Belarusian defence ministry said new units had been moved to the border with Ukraine.\n\nMonitoring channels say about 3,000 Belarusian troops now stand at the border.',
];

describe('figures of a report dated after the period are new information', () => {
  it.each(REPORTS)('"%s" published in October does not contradict the count', (text) => {
    expect(claim(check(text, { publishedAt: '2024-10-09' }), '1100-troops-30-miles').stance).not.toBe('contradicts');
  });
});

describe('the same report inside the period contradicts it', () => {
  it.each(REPORTS.filter((t) => !t.includes('кастрычніка')))('"%s" published in late August contradicts the count', (text) => {
    expect(claim(check(text, { publishedAt: '2024-08-30' }), '1100-troops-30-miles').stance).toBe('contradicts');
  });
});
