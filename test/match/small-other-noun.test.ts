import { describe, expect, it } from 'vitest';
import { check, claim } from './seeded-matcher.ts';

// "at a small station", "through a small village": a small word said of another noun sizes no force, so it does
// not contradict the third-of-the-army claim; a small force, amount or build-up still does. Sentences written for this test.

describe('a small word of another noun is no small force', () => {
  it.each([
    'Belarusian army trucks were seen moving past a small village near the Ukrainian border.',
    'Belarusian troops were deployed toward the border from a small garrison town in the south.',
    'Белорусская армия перебрасывает технику к границе через небольшой посёлок.',
  ])('"%s" does not contradict third-of-army-to-border', (text) => {
    expect(claim(check(text), 'third-of-army-to-border').stance).not.toBe('contradicts');
  });
});

describe('a small force still contradicts it', () => {
  it.each([
    'The Belarusian army deployed only a small contingent to the Ukrainian border.',
    'The Belarusian build-up on the Ukrainian border is small.',
    'Лишь небольшая часть белорусской армии переброшена к украинской границе.',
  ])('"%s" contradicts it', (text) => {
    expect(claim(check(text), 'third-of-army-to-border').stance).toBe('contradicts');
  });
});
