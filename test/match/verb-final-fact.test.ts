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
