import { describe, expect, it } from 'vitest';
import { check, claim } from './seeded-matcher.ts';

// A poll's answer about the war ("most respondents said Belarus should not be drawn into the war") is what
// people think, not a statement of the state's role in it. Sentences written for this test.

describe('a poll answer does not state the state\'s role', () => {
  it.each([
    'In a telephone survey last month, 71 per cent of respondents said Belarus must not be drawn into the war.',
    'Sociologists report that 64 per cent of those polled said Lukashenko should not be drawn into the war.',
  ])('"%s" does not support no-direct-war-role', (text) => {
    expect(claim(check(text), 'no-direct-war-role').stance).not.toBe('supports');
  });

  it('the same words without a poll still do', () => {
    expect(claim(check('Lukashenko has so far made sure Belarus was not drawn into the war.'), 'no-direct-war-role').stance).toBe('supports');
  });
});
