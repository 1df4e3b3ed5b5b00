import { describe, expect, it } from 'vitest';
import { check, claim } from './seeded-matcher.ts';

// "Nobody has produced the slightest evidence that ...": an intensifier between the negated verb and the proof noun
// keeps the negation on the "that"-clause. Sentences written for this test.

describe('a negated proof noun with an intensifier', () => {
  it.each([
    'No one has offered the slightest evidence that Kyiv intends to invade Belarus.',
    'Minsk has not produced the least bit of evidence that Kyiv plans an invasion of Belarus.',
  ])('"%s" does not contradict tumar-fight-invasion', (text) => {
    expect(claim(check(text), 'tumar-fight-invasion').stance).not.toBe('contradicts');
  });

  it('the plan stated outright still contradicts it', () => {
    expect(claim(check('Belarusian intelligence says Kyiv intends to invade Belarus this autumn.'), 'tumar-fight-invasion').stance).toBe('contradicts');
  });
});
