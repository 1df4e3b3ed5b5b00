import { describe, expect, it } from 'vitest';
import { check, claim } from './seeded-matcher.ts';

// "Not since 2022 has ..." (inverted) says a thing is the first since then; "not the first time", "at least the
// third time since", "не впервые", "вкотре" say it was seen before. Sentences written for this test.

describe('an inverted "not since" states a first', () => {
  it.each([
    'Belarus put armour on the move in August. Not since 2022 has its army sent mechanised battalions into the southern districts.',
    'Belarus put armour on the move in August. Never since 2022 have mechanised units been sent to those forests.',
  ])('"%s" supports the claim', (text) => {
    expect(claim(check(text), 'mechanized-first-since-2022').stance).toBe('supports');
  });
});

describe('a first said to be none contradicts it', () => {
  it.each([
    'It was not the first time mechanised units were deployed to the border area: a battalion was there last autumn.',
    'Mechanised units went to the border area in August for at least the third time since 2022.',
    'Механизированные части к границе выдвигаются не впервые.',
    'Механізовані підрозділи вкотре перекинули до кордону.',
  ])('"%s" contradicts the claim', (text) => {
    expect(claim(check(text), 'mechanized-first-since-2022').stance).toBe('contradicts');
  });
});
