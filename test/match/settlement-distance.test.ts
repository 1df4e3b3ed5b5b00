import { describe, expect, it } from 'vitest';
import { check, claim } from './seeded-matcher.ts';

// A distance in a settlement's own noun phrase ("Yelsk, a small town about 45 km from the border") says where the
// place lies, not where a force stands: it neither supports nor contradicts a claimed distance of troops. The
// distance of a force ("troops stood about 45 km from the border") still does. Sentences written for this test.

describe('a distance that locates a settlement is not the force’s', () => {
  it.each([
    'Belarusian troops were filmed driving through Yelsk, a small town about 45 km from the Ukrainian border.',
    'Belarusian army trucks were seen on the road to Lelchitsy, a village roughly 40 kilometres from the border with Ukraine.',
    'Белорусские войска видели в Ельске — городе примерно в 45 км от украинской границы.',
    'Беларускія войскі бачылі ў Ельску, горадзе прыкладна ў 45 км ад украінскай мяжы.',
    'Білоруські війська бачили в Єльську, місті приблизно за 45 км від українського кордону.',
  ])('"%s" does not take a side on the 1,100 troops at 48 km', (text) => {
    const v = claim(check(text), '1100-troops-30-miles');
    expect(v.stance).not.toBe('supports');
    expect(v.stance).not.toBe('contradicts');
  });
});

describe('the distance of a force is still compared', () => {
  it.each([
    'Belarusian troops were deployed about 45 km from the Ukrainian border this month.',
    'Белорусские войска переброшены примерно в 45 км от украинской границы.',
  ])('"%s" supports the 48 km claim', (text) => {
    expect(claim(check(text), '1100-troops-30-miles').stance).toBe('supports');
  });
});
