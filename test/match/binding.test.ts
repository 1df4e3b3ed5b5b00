import { describe, expect, it } from 'vitest';
import { addBuiltinPhrases } from '../../src/match/lexicon/builtin-phrases.ts';
import { PhraseIndex } from '../../src/match/lexicon/phrase-index.ts';
import { parseQuantities, type Quantity } from '../../src/match/parse/quantities.ts';
import { tokenize } from '../../src/match/text/tokenize.ts';

// A value is bound to what it measures by the words around it (its own noun, unit or whole), not by being near a
// troop word. Every phrase here is written for this test.

const index = new PhraseIndex();
addBuiltinPhrases(index);

function read(text: string): Quantity[] {
  const tokens = tokenize(text);
  return parseQuantities(text, tokens, index.find(tokens));
}

const counts = (text: string) => read(text).filter((q) => !q.yearLike && q.kind === 'count');
const shares = (text: string) => read(text).filter((q) => !q.yearLike && q.kind === 'share');

describe('a day of a month is a date, not a count', () => {
  it.each([
    'Officials confirmed on 12 August that soldiers had left their barracks in Gomel.',
    'On August 12 soldiers left their barracks in Gomel.',
    'Between 9 and 14 August soldiers left their barracks in Gomel.',
    'Ещё 12 августа военные покинули казармы под Гомелем.',
    'Ужо 12 жніўня вайскоўцы пакінулі казармы.',
    'Ще 12 серпня військові залишили казарми біля Гомеля.',
  ])('"%s" has no troop count', (text) => {
    expect(counts(text)).toEqual([]);
  });

  it('a count next to a date is still read', () => {
    const qs = counts('On 12 August about 900 soldiers left their barracks in Gomel.');
    expect(qs.map((q) => q.value)).toEqual([900]);
  });
});

describe('the unit must be in the number’s own noun phrase', () => {
  it.each([
    ['Three were arrested in Gomel and soldiers later searched the flats.'],
    ['Вчера 40 задержали в Мозыре, а солдаты обыскали дома.'],
  ])('a clause word between the number and a troop word unbinds them: "%s"', (text) => {
    expect(counts(text)).toEqual([]);
  });

  it('adjectives between the number and its unit do not', () => {
    expect(counts('about 1,300 freshly mobilised Belarusian soldiers').map((q) => q.value)).toEqual([1300]);
  });
});

describe('"one in three" is a share', () => {
  it.each([
    ['roughly one in four of the country’s troops', 0.25],
    ['two out of every five soldiers of the army', 0.4],
    ['один из трёх военнослужащих армии', 1 / 3],
  ])('"%s" is a share of the army', (text, value) => {
    const qs = shares(text);
    expect(qs).toHaveLength(1);
    expect(qs[0]!.value).toBeCloseTo(value, 2);
    expect(qs[0]!.ofArmy).toBe(true);
    expect(counts(text)).toEqual([]);
  });
});

describe('a fraction of time is no share', () => {
  it.each(['after three and a half years of war', 'for half an hour the column stood still', 'за полгода и половину месяца', 'two and a half battalions'])(
    '"%s" has no share of anything',
    (text) => {
      expect(shares(text)).toEqual([]);
    },
  );

  it('a half of the army is still a share', () => {
    expect(shares('half of the army was moved')[0]!.ofArmy).toBe(true);
  });
});

describe('a share of people is not a share of the army', () => {
  it.each([
    '64% of respondents backed the move to the south',
    '64 процента опрошенных поддержали переброску войск',
    '64% рэспандэнтаў падтрымалі',
    'two thirds said they trusted the army',
    'дві третини громадян довіряють армії',
  ])('"%s"', (text) => {
    const qs = shares(text);
    expect(qs).toHaveLength(1);
    expect(qs[0]!.ofArmy).toBe(false);
    expect(qs[0]!.ofOther).toBe(true);
  });

  it.each(['about 3 per cent of the force', 'roughly a fifth of the whole force'])('"the force" is the whole: "%s"', (text) => {
    expect(shares(text)[0]!.ofArmy).toBe(true);
  });

  it('a share of the army keeps its whole', () => {
    const q = shares('64% of the army')[0]!;
    expect(q.ofArmy).toBe(true);
    expect(q.ofOther).toBe(false);
  });
});
