import { describe, expect, it } from 'vitest';
import { check, claim } from './seeded-matcher.ts';

// "a few dozen kilometres", "a few weeks", "небольшое расстояние": a small word that measures a distance or a time
// says nothing of the size of a force. A small force ("a handful of troops") still contradicts a third of the
// army. Sentences written for this test.

describe('a small distance or time is no small force', () => {
  it.each([
    'Belarusian battalions were deployed within a few dozen kilometres of the Ukrainian border in 2024.',
    'Belarusian units were stationed near the Ukrainian border for a few weeks this August.',
    'Белорусские батальоны переброшены на небольшое расстояние от украинской границы.',
    'Беларускія батальёны перакінутыя на невялікую адлегласць ад украінскай мяжы.',
    'Білоруські батальйони перекинуто на невелику відстань від українського кордону.',
  ])('"%s" does not contradict the third-of-the-army claim', (text) => {
    expect(claim(check(text), 'third-of-army-to-border').stance).not.toBe('contradicts');
  });
});

describe('a small force still contradicts it', () => {
  it.each([
    'Only a handful of Belarusian troops were deployed to the Ukrainian border, not a third of the army.',
    'К украинской границе переброшено лишь небольшое число белорусских войск, а не треть армии.',
  ])('"%s" contradicts it', (text) => {
    expect(claim(check(text), 'third-of-army-to-border').stance).toBe('contradicts');
  });
});
