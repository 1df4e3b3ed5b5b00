import { describe, expect, it } from 'vitest';
import { check, claim } from './seeded-matcher.ts';

// What people answer in a poll, or are against ("против участия", "against joining"), is public opinion (public-opposes-involvement), not a statement about
// the state's own part in the war (no-direct-war-role). Sentences written for this test.

describe('public opinion on joining the war says nothing of Belarus\'s role', () => {
  it.each([
    'A new survey found that most Belarusians do not want their country to join the war.',
    'Most people in Belarus oppose any direct involvement in the war, sociologists say.',
    'Большинство белорусов против прямого участия в войне, показал опрос.',
    'Більшість білорусів виступає проти участі у війні, свідчить опитування.',
    'Большасць беларусаў выступае супраць удзелу ў вайне, паказала апытанне.',
  ])('"%s" is unrelated to no-direct-war-role', (text) => {
    expect(claim(check(text), 'no-direct-war-role').stance).toBe('unrelated');
  });
});

describe('the state\'s own role still counts', () => {
  it.each(['Лукашенко пока избегает прямого участия в войне.', 'Belarusian troops have not taken part in the war against Ukraine.'])('"%s" is about it', (text) => {
    expect(claim(check(text), 'no-direct-war-role').stance).not.toBe('unrelated');
  });
});
