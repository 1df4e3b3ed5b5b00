import { describe, expect, it } from 'vitest';
import { check, claim } from './seeded-matcher.ts';

// A verdict that what was said fails against the evidence ("does not survive a look at", "does not match the
// record") or mixes things up ("this confuses A with B") rebuts the statement it follows, for a claim of a fact as
// for a claim of an absence. Sentences written for this test.

describe('a verdict after the "that"-clause of a positive claim', () => {
  it.each([
    'The story that mechanised units reached the border for the first time since 2022 does not match the record.',
    'The idea that mechanised units came to the border for the first time since 2022 does not survive a look at satellite images.',
    'Утверждение, что механизированные части впервые с 2022 года вышли к границе, не выдерживает проверки.',
  ])('"%s" contradicts mechanized-first-since-2022', (text) => {
    expect(claim(check(text), 'mechanized-first-since-2022').stance).toBe('contradicts');
  });

  it('the same statement without a verdict supports it', () => {
    expect(claim(check('Mechanised units reached the border for the first time since 2022.'), 'mechanized-first-since-2022').stance).toBe('supports');
  });
});

describe('"this confuses" after a claim of an absence', () => {
  it('rebuts "the troops pose no threat"', () => {
    const text = 'Many commentators concluded that the Belarusian troops at the border pose no threat to Ukraine. This confuses what Minsk wants with what its army can do.';
    expect(claim(check(text), 'no-threat-to-ukraine').stance).toBe('contradicts');
  });
});
