import { describe, expect, it } from 'vitest';
import { check, claim } from './seeded-matcher.ts';

// Belarusian forces that "took part in combat" / "hostilities" against Ukraine have joined the fighting: that
// contradicts the claim that Belarus has no direct role in the war. Sentences written for this test.

describe('Belarusian forces taking part in combat contradict no-direct-war-role', () => {
  it.each([
    'Kyiv says Belarusian troops took part in combat near the border for the first time this week.',
    'According to the command, a Belarusian army unit has taken a direct part in hostilities against Ukraine.',
    'По данным штаба, белорусские войска приняли участие в боевых действиях против Украины.',
    'Паводле штаба, беларускія войскі ўзялі ўдзел у баявых дзеяннях супраць Украіны.',
    'За даними штабу, білоруські війська взяли участь у бойових діях проти України.',
  ])('"%s" contradicts it', (text) => {
    expect(claim(check(text), 'no-direct-war-role').stance).toBe('contradicts');
  });
});

describe('a denial that they took part supports it', () => {
  it.each(['Minsk insists that Belarusian troops have not taken part in combat against Ukraine.'])('"%s" does not contradict it', (text) => {
    expect(claim(check(text), 'no-direct-war-role').stance).not.toBe('contradicts');
  });
});
