import { describe, expect, it } from 'vitest';
import { check, claim } from './seeded-matcher.ts';

// A contrast after contradicting words takes them back only in their own clause: not inside a when/where-clause
// that follows them, and not when it only joins two qualities ("limited, but real"). Sentences written for this test.

describe('a contrast outside the clause of the contradicting words does not take them back', () => {
  it('a "but" inside a when-clause', () => {
    const text = 'Officials said Belarusian troops had crossed into Ukraine for the first time since 2022, when Minsk hosted Russian units but sent none of its own.';
    expect(claim(check(text), 'no-direct-war-role').stance).toBe('contradicts');
  });

  it.each([
    'Analysts in Kyiv call the Belarusian force on the border an offensive threat — limited, but real.',
    'Ukrainian officers consider the Belarusian troops an offensive threat, slowly but surely growing.',
  ])('"%s": a "but" between two qualities', (text) => {
    expect(claim(check(text), 'no-threat-to-ukraine').stance).toBe('contradicts');
  });

  it('a "but" that opens a clause of its own still concedes', () => {
    const text = 'Ukrainian officers consider the Belarusian troops an offensive threat, but most analysts say the build-up is for show.';
    expect(claim(check(text), 'no-threat-to-ukraine').stance).not.toBe('contradicts');
  });
});
