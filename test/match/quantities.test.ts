import { describe, expect, it } from 'vitest';
import { addBuiltinPhrases } from '../../src/match/lexicon/builtin-phrases.ts';
import { PhraseIndex } from '../../src/match/lexicon/phrase-index.ts';
import { parseQuantities, type Quantity } from '../../src/match/parse/quantities.ts';
import { tokenize } from '../../src/match/text/tokenize.ts';

const index = new PhraseIndex();
addBuiltinPhrases(index);

function quantities(text: string): Quantity[] {
  const tokens = tokenize(text);
  return parseQuantities(text, tokens, index.find(tokens)).filter((q) => !q.yearLike);
}

function one(text: string): Quantity {
  const qs = quantities(text);
  expect(qs, text).toHaveLength(1);
  return qs[0]!;
}

describe('parseQuantities', () => {
  it.each([
    ['about 1,100 troops', 1100],
    ['1.100 военнослужащих', 1100],
    ['1 100 вайскоўцаў', 1100],
    ['1\u00a0100 військових', 1100],
    ['some 15,000 soldiers', 15000],
    ['15 тысяч военных', 15000],
    ['2,5 тысячи солдат', 2500],
    ['two thousand soldiers', 2000],
    ['roughly eleven hundred troops', 1100],
    ['one thousand one hundred troops', 1100],
    ['тысяча сто военнослужащих', 1100],
    ['около тысячи ста военнослужащих', 1100],
    ['пятнадцать тысяч военных', 15000],
    ["п'ятнадцять тисяч військових", 15000],
    ['пятнаццаць тысяч вайскоўцаў', 15000],
    ['a 20,000-strong force', 20000],
  ])('reads the troop count in "%s"', (text, value) => {
    const q = one(text);
    expect(q.kind).toBe('count');
    expect(q.unit).toBe('troops');
    expect(q.value).toBe(value);
  });

  it.each([
    ['a third of the army', 1 / 3],
    ['one-third of the army', 1 / 3],
    ['one third of its forces', 1 / 3],
    ['треть армии', 1 / 3],
    ['третину армії', 1 / 3],
    ['трэць войска', 1 / 3],
    ['half of the army', 0.5],
    ['two thirds of the armed forces', 2 / 3],
    ['5% of the army', 0.05],
    ['5 percent of the armed forces', 0.05],
    ['5 процентов армии', 0.05],
    ['5 відсотків армії', 0.05],
  ])('reads the share of the army in "%s"', (text, value) => {
    const q = one(text);
    expect(q.kind).toBe('share');
    expect(q.ofArmy).toBe(true);
    expect(q.value).toBeCloseTo(value, 5);
  });

  it.each([
    ['Минск отправил на юг третью часть своей армии.', 1 / 3],
    ['Речь шла о третьей части армии страны.', 1 / 3],
    ['К границе ушла четвертая часть армии.', 0.25],
    ['Командование ограничилось четвертью армии.', 0.25],
    ['На півдні стоїть третя частина армії.', 1 / 3],
    ['Генштаб говорить про третю частину війська.', 1 / 3],
    ['Командування обмежилося чвертю армії.', 0.25],
    ['На мяжы цяпер траціна войска.', 1 / 3],
    ['Ён казаў пра траціну войска.', 1 / 3],
    ['Да мяжы накіравалі трэцяю частку войска.', 1 / 3],
    ['Да поўдня падцягнулі каля трэцяй часткі арміі.', 1 / 3],
    ['На поўдні стаіць чацвёртая частка войска.', 0.25],
    ['Палавіна войска засталася ў казармах.', 0.5],
  ])('reads a share of the army written as a noun phrase of its own: "%s"', (text, value) => {
    const shares = quantities(text).filter((q) => q.kind === 'share');
    expect(shares, text).toHaveLength(1);
    expect(shares[0]!.ofArmy).toBe(true);
    expect(shares[0]!.value).toBeCloseTo(value, 5);
  });

  it('reads no share in an ordinal that is not followed by "part"', () => {
    expect(quantities('Третий батальон остался в Гомеле.').filter((q) => q.kind === 'share')).toHaveLength(0);
    expect(quantities('Третя бригада залишилася в казармах.').filter((q) => q.kind === 'share')).toHaveLength(0);
  });

  it('keeps a share without a whole apart from a share of the army', () => {
    const q = one('A third, showing army trucks in a forest, was filmed in Russia.');
    expect(q.kind).toBe('share');
    expect(q.ofArmy).toBe(false);
  });

  it.each([
    ['30 miles from the border', 48.27],
    ['48 km from the border', 48],
    ['в 50 км от границы', 50],
    ['за 48 кіламетраў ад мяжы', 48],
    ['за 5 кілометрів від кордону', 5],
  ])('reads the distance in "%s" in km', (text, km) => {
    const q = one(text);
    expect(q.kind).toBe('distance');
    expect(q.value).toBeCloseTo(km, 1);
  });

  it('turns qualifiers into intervals', () => {
    expect(one('up to 1,500 troops')).toMatchObject({ min: 0, max: 1500, qualifier: 'upto' });
    expect(one('more than 10,000 troops')).toMatchObject({ min: 10000, qualifier: 'more' });
    expect(one('fewer than 500 soldiers')).toMatchObject({ min: 0, max: 500, qualifier: 'less' });
    const about = one('about 1,100 troops');
    expect(about.min).toBeLessThan(1100);
    expect(about.max).toBeGreaterThan(1100);
    expect(one('only 300 troops').qualifier).toBe('only');
    expect(one('свыше 20 тыс. военнослужащих')).toMatchObject({ min: 20000, qualifier: 'more' });
    expect(one('максимум несколько сотен военных')).toMatchObject({ min: 0, qualifier: 'upto' });
  });

  it.each([
    ['between 800 and 1,500 troops', 800, 1500],
    ['800–1,500 troops', 800, 1500],
    ['от 800 до 1500 военных', 800, 1500],
    ['ад 800 да 1 500 вайскоўцаў', 800, 1500],
    ['від 800 до 1500 військових', 800, 1500],
    ['2-3 thousand soldiers', 2000, 3000],
  ])('reads the range in "%s"', (text, min, max) => {
    expect(one(text)).toMatchObject({ kind: 'count', min, max, qualifier: 'range' });
  });

  it.each([
    ['a few hundred soldiers', 200, 500],
    ['несколько сотен военных', 200, 500],
    ['several thousand troops', 2000, 5000],
    ['несколько тысяч военных', 2000, 5000],
  ])('reads the vague amount in "%s"', (text, min, max) => {
    expect(one(text)).toMatchObject({ kind: 'count', min, max });
  });

  it('does not read years or model numbers as counts', () => {
    expect(quantities('In 2025 troops returned.')).toHaveLength(0);
    expect(quantities('In October 2024 troops withdrew.')).toHaveLength(0);
    expect(quantities('T-72 tanks and BTR-82 armoured personnel carriers')).toHaveLength(0);
  });

  it('reads "the twenty-third of May" as a day, not a share, and keeps "a third of the army"', () => {
    expect(quantities('The convoy left between the first and the twenty-third of May.').filter((q) => q.kind === 'share')).toHaveLength(0);
    expect(quantities('Officials spoke on the third of June about the move.').filter((q) => q.kind === 'share')).toHaveLength(0);
    expect(one('He claimed a third of the army went south in June.')).toMatchObject({ kind: 'share', ofArmy: true });
  });

  it('reads a count set after "the number of troops"', () => {
    const q = quantities('The assessment put the number of troops sent south at around 1,100.');
    expect(q).toHaveLength(1);
    expect(q[0]).toMatchObject({ kind: 'count', unit: 'troops', value: 1100 });
  });
});

describe('distances', () => {
  it.each([
    ['30 miles from the border', true],
    ['в 50 км от границы', true],
    ['за 48 кіламетраў ад мяжы', true],
    ['за 5 кілометрів від кордону', true],
    ['within 20 km of the frontier', true],
    ['the works stretch for about 12 kilometres in total', false],
  ])('"%s" is measured from a point: %s', (text, from) => {
    const tokens = tokenize(text);
    const [q] = parseQuantities(text, tokens, index.find(tokens));
    expect(q).toMatchObject({ kind: 'distance', fromPoint: from });
  });
});

describe('qualifier precedence', () => {
  it('"не менее" is "at least", not "less"', () => {
    const tokens = tokenize('не менее 10 тысяч военных');
    const [q] = parseQuantities('не менее 10 тысяч военных', tokens, index.find(tokens));
    expect(q).toMatchObject({ min: 10000, qualifier: 'more' });
  });
});

// Slavic numbers decline: a count or distance in an oblique case is still a number. Phrases written for this test.
describe('number words in every case (ru/uk/be)', () => {
  it.each([
    ['до семидесяти километров от границы', 'distance', 70],
    ['в пятидесяти километрах от границы', 'distance', 50],
    ['в тринадцати километрах от границы', 'distance', 13],
    ['около двухсот военных', 'count', 200],
    ['из-за трёхсот солдат', 'count', 300],
    ['с полутора тысячами военных', 'count', 1500],
    ['вместе с тысячей военнослужащих', 'count', 1000],
    ['примерно девятнадцать тысяч военных', 'count', 19000],
    ['о шестистах военных', 'count', 600],
    ['у сорока п\'яти кілометрах від кордону', 'distance', 45],
    ['близько двохсот військових', 'count', 200],
    ['понад чотирнадцять тисяч військових', 'count', 14000],
    ['за шістдесяти кілометрів', 'distance', 60],
    ['з трьохсот військових', 'count', 300],
    ['каля дзвюхсот вайскоўцаў', 'count', 200],
    ['у пяцідзесяці кіламетрах ад мяжы', 'distance', 50],
    ['васямнаццаць тысяч вайскоўцаў', 'count', 18000],
    ['паўтары тысячы вайскоўцаў', 'count', 1500],
  ])('"%s" is a %s of %d', (text, kind, value) => {
    const q = one(text);
    expect(q.kind).toBe(kind);
    expect(q.min <= value && q.max >= value).toBe(true);
  });
});
