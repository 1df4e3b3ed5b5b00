import { describe, expect, it } from 'vitest';
import { check, claim } from './seeded-matcher.ts';

// "Before that, no mechanised units were there": a negation about the time before the reported event says what
// was absent then; after "for the first time since 2022" it agrees with the claim. Without that time reference the
// same negation still denies it. Sentences written for this test.

describe('a negation about the time before the event does not deny it', () => {
  it.each([
    'Belarus has sent mechanised battalions toward the Ukrainian border for the first time since 2022. Before that, only border guards held the frontier, with no mechanised units near it.',
    'Mechanised brigades moved to the border area this August, the first such move since 2022. Until then, no armour at all had been stationed along the border.',
    'Впервые с 2022 года Беларусь перебросила к украинской границе механизированные подразделения. До этого механизированных частей у границы не было.',
    'Упершыню з 2022 года Беларусь перакінула да ўкраінскай мяжы механізаваныя падраздзяленні. Да гэтага механізаваных частак ля мяжы не было.',
    'Уперше з 2022 року Білорусь перекинула до українського кордону механізовані підрозділи. До цього механізованих частин біля кордону не було.',
  ])('"%s" supports the mechanised-first claim', (text) => {
    expect(claim(check(text), 'mechanized-first-since-2022').stance).toBe('supports');
  });
});

describe('the same negation about now still denies it', () => {
  it.each([
    'The opposition says mechanised units moved to the border for the first time since 2022. Border guards say no mechanised units are near the border at all.',
    'Оппозиция утверждает, что механизированные подразделения впервые с 2022 года выдвинуты к границе. Пограничники говорят, что механизированных частей у границы нет.',
  ])('"%s" contradicts it', (text) => {
    expect(claim(check(text), 'mechanized-first-since-2022').stance).toBe('contradicts');
  });
});
