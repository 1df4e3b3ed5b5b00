import { describe, expect, it } from 'vitest';
import { check, claim } from './seeded-matcher.ts';

// "57 per cent of respondents would back it": the "would" of a share of people is the poll's answer, a finding;
// the writer's own "would" stays a possibility. Sentences written for this test.

describe('a poll’s majority that "would" back the war contradicts the claim that most oppose it', () => {
  it.each([
    'Fully 57 per cent of respondents would support Belarus sending troops to the war, the latest poll shows.',
    'Most Belarusians would back joining the war on Russia’s side, according to a survey published this week.',
    'По данным опроса, 57 процентов респондентов поддержали бы участие белорусской армии в войне.',
    'Паводле апытання, 57 працэнтаў рэспандэнтаў падтрымалі б удзел беларускага войска ў вайне.',
    'За даними опитування, 57 відсотків респондентів підтримали б участь білоруської армії у війні.',
  ])('"%s" contradicts public-opposes-involvement', (text) => {
    expect(claim(check(text), 'public-opposes-involvement').stance).toBe('contradicts');
  });
});

describe('a "would" that is not a share of people’s answer stays uncertain', () => {
  it.each([
    'A survey of opinion is pending; commentators think Belarusians would support the war if Ukraine attacked first.',
    'Pollsters note that, in a crisis, people would likely back the war, though no survey has asked yet.',
  ])('"%s" does not contradict it', (text) => {
    expect(claim(check(text), 'public-opposes-involvement').stance).not.toBe('contradicts');
  });
});
