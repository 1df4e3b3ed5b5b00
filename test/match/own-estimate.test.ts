import { describe, expect, it } from 'vitest';
import { check, claim } from './seeded-matcher.ts';

// "I would say three hundred": the "would" of a speaker giving their own figure is politeness, not a possibility;
// the figure is a finding and is compared like any other. A "would" of what might happen stays uncertain.
// Sentences written for this test.

describe('a speaker\'s own estimate with "would" is a finding', () => {
  it.each([
    'We counted the columns ourselves, and I would say about 6,000 Belarusian soldiers reached the Ukrainian border in August.',
    'We would estimate that some 6,000 Belarusian soldiers were moved toward the Ukrainian border in August.',
    'Near the Ukrainian border there are now a few hundred Belarusian servicemen; I would put it at two or three hundred.',
  ])('"%s" contradicts the count of about 1,100', (text) => {
    expect(claim(check(text), '1100-troops-30-miles').stance).toBe('contradicts');
  });
});

describe('a "would" of a possibility stays uncertain', () => {
  it.each([
    'If Minsk mobilised, some 6,000 Belarusian troops would be moved toward the Ukrainian border.',
    'I would not be surprised if 6,000 Belarusian troops were moved toward the Ukrainian border.',
  ])('"%s" does not contradict it', (text) => {
    expect(claim(check(text), '1100-troops-30-miles').stance).not.toBe('contradicts');
  });
});
