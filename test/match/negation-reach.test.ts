import { describe, expect, it } from 'vitest';
import { check, claim } from './seeded-matcher.ts';

// A negation reaches the verb across an emphatic pronoun or a manner adverb ("have not THEMSELVES crossed",
// "has not DIRECTLY taken part"). Sentences written for this test.

describe('a negation reaches across "themselves", "directly"', () => {
  it.each([
    'Belarusian soldiers have not themselves crossed into Ukraine, the ministry said.',
    'The Belarusian army has not directly taken part in combat in Ukraine.',
  ])('"%s" supports no-direct-war-role', (text) => {
    expect(claim(check(text), 'no-direct-war-role').stance).toBe('supports');
  });
});
