import { describe, expect, it } from 'vitest';
import { addBuiltinPhrases } from '../../src/match/lexicon/builtin-phrases.ts';
import { PhraseIndex } from '../../src/match/lexicon/phrase-index.ts';
import { dayToIso, isoToDay, parseDates } from '../../src/match/parse/dates.ts';
import { tokenize } from '../../src/match/text/tokenize.ts';
import { check, claim } from './seeded-matcher.ts';

// A month named without a year next to a word of the future ("will be held in October", "scheduled for
// March") is the next such month, not the last one; a month of a clause that reports what was said stays past.
// Sentences written for this test.

const index = new PhraseIndex();
addBuiltinPhrases(index);
const dates = (text: string, published: string) => {
  const tokens = tokenize(text);
  return parseDates(text, tokens, index.find(tokens), isoToDay(published)).map((d) => `${dayToIso(d.from)}..${dayToIso(d.to)}`);
};

describe('a month of the future', () => {
  it.each([
    ['The joint drills in October will involve two brigades.', '2025-04-02', '2025-10-01..2025-10-31'],
    ['The joint drills will be held in October on inland ranges.', '2025-04-02', '2025-10-01..2025-10-31'],
    ['Учения пройдут в октябре на полигонах в глубине страны.', '2025-04-02', '2025-10-01..2025-10-31'],
    ['The next rotation will begin in February.', '2024-08-25', '2025-02-01..2025-02-28'],
  ])('"%s" (published %s) reads %s', (text, published, range) => {
    expect(dates(text, published)).toContain(range);
  });

  it.each([
    ['In October the ministry said two brigades will return to their bases.', '2025-04-02', '2024-10-01..2024-10-31'],
    ['The brigades moved south in August, and they will stay there.', '2024-09-20', '2024-08-01..2024-08-31'],
  ])('"%s" (published %s) stays in the past: %s', (text, published, range) => {
    expect(dates(text, published)).toContain(range);
  });
});

describe('an article about a later year that names only a coming month is about a later period', () => {
  it('a spring 2025 note on autumn drills does not count the August 2024 deployment', () => {
    const text =
      'Minsk says its joint drills in September will be held on inland ranges.\n\n' +
      'Along the border with Ukraine, Ukrainian border guards still estimate the Belarusian presence at no more than a few thousand troops.';
    expect(claim(check(text, { publishedAt: '2025-04-02' }), '1100-troops-30-miles').stance).not.toBe('contradicts');
  });
});
