import { describe, expect, it } from 'vitest';
import { check, claim } from './seeded-matcher.ts';

// After a statement of the claim's figure, a later figure set against it contradicts it, unless that figure stands
// under a negation ("consistent with a few battalions, but not with tens of thousands"): a denied figure is
// reported by nobody. Sentences written for this test.

const STATED = {
  en: 'An assessment for the Belarusian opposition says about 1,100 troops were moved to some 48 km from the Ukrainian border between 10 and 23 August.',
  ru: 'Оценка для белорусской оппозиции говорит, что с 10 по 23 августа к украинской границе перебросили около 1 100 военных, примерно в 48 километрах от неё.',
  be: 'Ацэнка для беларускай апазіцыі кажа, што з 10 па 23 жніўня да ўкраінскай мяжы перакінулі каля 1 100 вайскоўцаў, прыкладна за 48 кіламетраў ад яе.',
  uk: 'Оцінка для білоруської опозиції каже, що з 10 по 23 серпня до українського кордону перекинули близько 1 100 військових, приблизно за 48 кілометрів від нього.',
};

describe('a contrary figure under a negation does not rebut the statement', () => {
  it.each([
    `${STATED.en} The satellite pictures show a few battalions, but not 15,000 soldiers.`,
    `${STATED.ru} Снимки со спутника согласуются с присутствием нескольких батальонов, но никак не десятков тысяч военных.`,
    `${STATED.be} Здымкі са спадарожніка сведчаць пра некалькі батальёнаў, але ніяк не пра 15 тысяч вайскоўцаў.`,
    `${STATED.uk} Супутникові знімки свідчать про присутність кількох батальйонів, але аж ніяк не десятків тисяч військових.`,
  ])('"%s" supports the count', (text) => {
    expect(claim(check(text), '1100-troops-30-miles').stance).toBe('supports');
  });
});

describe('the same contrary figure, asserted, rebuts it', () => {
  it.each([
    `${STATED.ru} На самом деле у границы стоят десятки тысяч военных.`,
  ])('"%s" contradicts the count', (text) => {
    expect(claim(check(text), '1100-troops-30-miles').stance).toBe('contradicts');
  });
});
