import { describe, expect, it } from 'vitest';
import { check, claim } from './seeded-matcher.ts';

// A figure in the clause that gives a report's content, with the verdict on the report after that clause ("a
// paper, which says that only 1,100 ..., was rejected as invented"): the figure is disputed, not reported.
// Sentences written for this test.

describe('a figure disputed after the clause that gives it', () => {
  it.each([
    'A paper from the exiled opposition, which says that just 1,100 Belarusian soldiers went to the Ukrainian border, was rejected by the defence ministry as a fabrication.',
    'The estimate that about 1,100 Belarusian troops were moved to the Ukrainian border is false, the defence ministry said.',
    'Утверждение оппозиции, будто к украинской границе перебросили лишь около 1100 белорусских военных, оказалось выдумкой.',
    'Твердження опозиції, що до українського кордону перекинули лише близько 1100 білоруських військових, є вигадкою.',
  ])('"%s" contradicts the count', (text) => {
    expect(claim(check(text), '1100-troops-30-miles').stance).toBe('contradicts');
  });

  it('a disputed small figure does not size the share of the army', () => {
    const text =
      'A paper from the exiled opposition, which says that only 1,100 Belarusian soldiers went to the Ukrainian border, was rejected by the defence ministry as a fabrication.';
    expect(claim(check(text), 'third-of-army-to-border').stance).not.toBe('contradicts');
  });
});

describe('the same figure with a verdict on something else', () => {
  it.each([
    'The opposition says that about 1,100 Belarusian troops were moved to the Ukrainian border, and that videos of huge columns were fake.',
    'The opposition says that about 1,100 Belarusian troops were moved to the Ukrainian border, calling the Minsk version a fabrication.',
  ])('"%s" supports the count', (text) => {
    expect(claim(check(text), '1100-troops-30-miles').stance).toBe('supports');
  });
});
