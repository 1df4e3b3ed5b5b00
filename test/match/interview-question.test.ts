import { describe, expect, it } from 'vitest';
import { check, claim } from './seeded-matcher.ts';

// In an interview the questions are the interviewer's: "— Is there a threat?" put on a line of its own, answered
// on the next. They do not make the article one that weighs the claims without taking a side; the same questions
// written as the article's own doubts still do. Sentences written for this test.

const lines = (qMark: string) => [
  `${qMark}Чи готує Білорусь наступ на Україну?`,
  '— Ні. Ті білоруські війська, що стоять біля кордону, — це пропаганда і політичний жест для Москви.',
  `${qMark}А чи може Мінськ послати армію на фронт?`,
  '— Опитування показують, що більшість білорусів проти участі у війні, і Лукашенко це знає.',
  `${qMark}Чи змінить це щось для Чернігова?`,
  '— Поки що ні.',
];

describe('questions of an interview are not the article’s own doubt', () => {
  it.each([['— '], ['Питання: ']])('questions opened by "%s" leave the answers as support', (qMark) => {
    const v = check(lines(qMark).join('\n\n'));
    expect(claim(v, 'public-opposes-involvement').stance).toBe('supports');
    expect(claim(v, 'no-threat-to-ukraine').stance).toBe('supports');
  });
});

describe('the same questions as the article’s own doubts still weigh the claims', () => {
  it('plain paragraphs of questions make it an analysis', () => {
    const v = check(lines('').join('\n\n').replaceAll('— ', ''));
    expect(claim(v, 'public-opposes-involvement').stance).toBe('discusses');
  });
});
