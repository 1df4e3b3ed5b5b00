import { describe, expect, it } from 'vitest';
import { check, claim } from './seeded-matcher.ts';

// Footage from "previous years", "past years" is old footage: it cannot show this month's movement.
// Sentences written for this test.

describe('footage dated to earlier years contradicts the armour claim', () => {
  it.each([
    'Most of the clips of Belarusian tanks shared this week turned out to have been filmed in previous years.',
    'The videos of armoured personnel carriers on flatcars come from past years, a reverse search showed.',
    'The photos of the tank column were taken years earlier, on another exercise.',
  ])('"%s" contradicts it', (text) => {
    expect(claim(check(text), 'armor-seen-moving').stance).toBe('contradicts');
  });
});
