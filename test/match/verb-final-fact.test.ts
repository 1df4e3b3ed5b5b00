import { describe, expect, it } from 'vitest';
import { check, claim } from './seeded-matcher.ts';

// Slavic word order puts a negated verb of being, posing or seeing after the fact it denies ("угрозы ... не
// представляет", "переброски не зафиксировано"), and a sentence may end by denying a figure named earlier in it
// ("признаков ..., сравнимой с 15 тысячами, нет"). Sentences written for this test.

const MOVED = 'Белорусская армия перебросила войска к границе с Украиной, сообщил Минск.';

describe('a threat negated by the verb after it', () => {
  it.each([
    `${MOVED} Эта группировка угрозы для Украины не представляет.`,
    `${MOVED} Угруповання біля кордону загрози для України не становить.`,
    `${MOVED} Гэтая групоўка пагрозы для Украіны не ўяўляе.`,
    `${MOVED} Реальной опасности и угрозы эти войска сейчас не несут.`,
  ])('"%s" restates "no threat"', (text) => {
    expect(claim(check(text), 'no-threat-to-ukraine').stance).toBe('supports');
  });

  it('a verb of another fact negated after it does not deny the threat', () => {
    const v = check(`${MOVED} Угрозу для Украины эти войска не скрывают.`);
    expect(claim(v, 'no-threat-to-ukraine').stance).not.toBe('supports');
  });
});

describe('a figure denied at the end of its sentence', () => {
  const STATED = 'Оценка для белорусской оппозиции говорит, что с 10 по 23 августа к украинской границе перебросили около 1 100 военных.';
  it.each([
    `${STATED} Признаков группировки у границы, сравнимой с пятнадцатью тысячами военных, на снимках со спутника нет.`,
    `${STATED} Скоплений войск в двадцать тысяч военных у границы пока не зафиксировано.`,
    'Оцінка для білоруської опозиції каже, що з 10 по 23 серпня до кордону перекинули близько 1 100 військових. Ознак угруповання біля кордону, порівнянного з п\'ятнадцятьма тисячами військових, на супутникових знімках немає.',
  ])('"%s" supports the count, it does not contradict it', (text) => {
    expect(claim(check(text), '1100-troops-30-miles').stance).toBe('supports');
  });

  it('a figure in another clause than the denial is still reported', () => {
    const v = check(`${STATED} На самом деле к границе стянули пятнадцать тысяч военных, а техники на снимках нет.`);
    expect(claim(v, '1100-troops-30-miles').stance).toBe('contradicts');
  });
});
