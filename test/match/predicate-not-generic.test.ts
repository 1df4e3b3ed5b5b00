import { describe, expect, it } from 'vitest';
import { check, claim } from './seeded-matcher.ts';

// "We see this force AS a threat", "it POSES a danger": an article after a copula or "as" opens a predicate said of
// a force named before, not a generic subject ("an army preparing to attack needs fuel"). Sentences written for this test.

const lead = 'Belarusian troops have gathered in the Gomel region near the Ukrainian border, Ukrainian officers said on Friday.\n\n';

describe('a predicate "a threat" is no general remark', () => {
  it.each([
    '"Their engineers have brought pontoons and bridging kit. We read this force as a threat of offensive action, and we plan for it."',
    '"Their engineers have brought pontoons and bridging kit. In our view this grouping is a threat of offensive action, and we plan for it."',
  ])('"%s" contradicts no-threat-to-ukraine', (quote) => {
    expect(claim(check(lead + quote), 'no-threat-to-ukraine').stance).toBe('contradicts');
  });
});

describe('a generic subject still is', () => {
  it('"A threat of offensive action needs ..." stays a general remark', () => {
    const text = lead + '"Armies are expensive to keep. A threat of offensive action needs fuel, bridges and reserves, in any country."';
    expect(claim(check(text), 'no-threat-to-ukraine').stance).not.toBe('contradicts');
  });
});
