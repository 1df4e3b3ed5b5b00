import { describe, expect, it } from 'vitest';
import { check, claim } from './seeded-matcher.ts';

// "Противоречий ... эксперты не нашли": Slavic word order puts the negated verb of finding after the denial's noun,
// and "no contradiction" puts the negation before it; either way the noun is taken back and agrees with what was
// reported. A denial without such a negation still rebuts it. Sentences written for this test.

const STATED = {
  en: 'An assessment for the Belarusian opposition says about 1,100 troops were moved to some 48 km from the Ukrainian border between 10 and 23 August.',
  ru: 'Оценка для белорусской оппозиции говорит, что с 10 по 23 августа к украинской границе перебросили около 1 100 военных, примерно в 48 километрах от неё.',
  be: 'Ацэнка для беларускай апазіцыі кажа, што з 10 па 23 жніўня да ўкраінскай мяжы перакінулі каля 1 100 вайскоўцаў, прыкладна за 48 кіламетраў ад яе.',
  uk: 'Оцінка для білоруської опозиції каже, що з 10 по 23 серпня до українського кордону перекинули близько 1 100 військових, приблизно за 48 кілометрів від нього.',
};

describe('a denial noun negated after it (or by "no" before it) is none', () => {
  it.each([
    `${STATED.en} Two analysts compared it with satellite pictures and found no contradiction.`,
    `${STATED.ru} Противоречий с тем, что видно на спутниковых снимках, два аналитика в ней не обнаружили.`,
    `${STATED.ru} Противоречий между этой оценкой и тем, что видно из космоса, нет.`,
    `${STATED.be} Супярэчнасцяў са здымкамі са спадарожнікаў два аналітыкі ў ёй не знайшлі.`,
    `${STATED.uk} Суперечностей із супутниковими знімками, які ми бачили, два аналітики в ній не знайшли.`,
  ])('"%s" supports the count', (text) => {
    expect(claim(check(text), '1100-troops-30-miles').stance).toBe('supports');
  });
});

describe('the same denial noun without a negation still rebuts', () => {
  it.each([
    `${STATED.ru} Эти данные противоречат спутниковым снимкам, говорят два аналитика.`,
    `${STATED.ru} Противоречия со спутниковыми снимками, которые мы не нашли бы без помощи аналитиков, очевидны.`,
  ])('"%s" contradicts it', (text) => {
    expect(claim(check(text), '1100-troops-30-miles').stance).toBe('contradicts');
  });
});
