import { describe, expect, it } from 'vitest';
import { check, claim } from './seeded-matcher.ts';

// An article published months after a claim's period that dates nothing inside it reports on another period; a
// masthead's "since 2009" or a dateline's bare year spans the period without dating anything in it. Sentences
// written for this test.

const body =
  'Volyn Courier · news of the northern border since 2011\n\n' +
  'Border guards in Rivne region say about 450 Belarusian servicemen are stationed near the Ukrainian border, opposite Rokytne district.\n\n' +
  'The figure has not changed for a month, a spokesman said.';

describe('dates wider than a season do not pull a later article into the claim’s period', () => {
  it('a December report of 450 troops, with a masthead "since 2011", does not contradict the August count', () => {
    expect(claim(check(body, { publishedAt: '2024-12-05' }), '1100-troops-30-miles').stance).not.toBe('contradicts');
  });

  it('the same report published in August still contradicts it', () => {
    expect(claim(check(body, { publishedAt: '2024-08-22' }), '1100-troops-30-miles').stance).toBe('contradicts');
  });

  it('a later article that dates August itself is still read against the claim', () => {
    const text = body + '\n\nIn August, the same guards said, about 450 servicemen had been moved there.';
    expect(claim(check(text, { publishedAt: '2024-12-05' }), '1100-troops-30-miles').stance).toBe('contradicts');
  });
});
