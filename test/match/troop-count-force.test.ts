import { describe, expect, it } from 'vitest';
import { check, claim } from './seeded-matcher.ts';

// A number of men sent somewhere is a force even when no force word names it ("перебросили пятнадцать тысяч
// человек", "15 тисяч осіб", "15 тысяч чалавек"). Sentences written for this test.

describe('a count of people moved to the border is a force', () => {
  it.each([
    'Лукашенко выступил в Минске на совещании по безопасности.\n\nПо данным источника, к границе с Украиной перебросили пятнадцать тысяч человек.',
    'Лукашенко виступив у Мінську на нараді з безпеки.\n\nЗа даними джерела, до кордону з Україною перекинули п\'ятнадцять тисяч осіб.',
    'Лукашэнка выступіў у Мінску на нарадзе па бяспецы.\n\nПаводле крыніцы, да мяжы з Украінай перакінулі пятнаццаць тысяч чалавек.',
  ])('"%s" contradicts the count of about 1,100', (text) => {
    expect(claim(check(text), '1100-troops-30-miles').stance).toBe('contradicts');
  });

  it('people queueing at the border are no force', () => {
    const v = check('Лукашенко выступил в Минске на совещании.\n\nНа границе с Украиной в очереди на пропуск стоят пятнадцать тысяч человек.');
    expect(claim(v, '1100-troops-30-miles').stance).not.toBe('contradicts');
  });
});
