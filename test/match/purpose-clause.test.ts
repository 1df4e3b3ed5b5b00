import { describe, expect, it } from 'vitest';
import { check, claim } from './seeded-matcher.ts';

// A figure in a clause of purpose ("чтобы перебросить ...", "щоб перекинути ...", "каб перакінуць ...") is what a
// step would take, not a report of a count. Sentences written for this test.

describe('a figure in a clause of purpose', () => {
  const STATED = 'Оценка для белорусской оппозиции говорит, что с 10 по 23 августа к украинской границе перебросили около 1 100 военных.';
  it.each([
    `${STATED} Чтобы перебросить к границе пятнадцать тысяч военных, понадобились бы сотни вагонов.`,
    'Оцінка для білоруської опозиції каже, що з 10 по 23 серпня до кордону перекинули близько 1 100 військових. Щоб перекинути до кордону п\'ятнадцять тисяч військових, знадобилися б сотні вагонів.',
    'Ацэнка для беларускай апазіцыі кажа, што з 10 па 23 жніўня да мяжы перакінулі каля 1 100 вайскоўцаў. Каб перакінуць да мяжы пятнаццаць тысяч вайскоўцаў, спатрэбіліся б сотні вагонаў.',
  ])('"%s" does not contradict the count', (text) => {
    expect(claim(check(text), '1100-troops-30-miles').stance).toBe('supports');
  });
});
