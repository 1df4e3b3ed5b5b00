import { describe, expect, it } from 'vitest';
import { check, claim } from './seeded-matcher.ts';

// What someone said, quoted to be disputed: a claim noun with its "that"-clause or colon, governed by a disputing
// verb, or a question answered by a disagreement. Sentences written for this test.

describe('a disputing verb governs a claim noun and its content', () => {
  it.each([
    'The new imagery undermines a popular assertion, heard on state TV all week, that mechanised brigades reached the border for the first time since 2022.',
    'The satellite archive weakens one more narrative of August: that Belarus sent mechanised units to the border for the first time since 2022.',
    'Аналитик оспорил распространённый тезис о том, что механизированные части впервые с 2022 года вышли к границе.',
    'Експерт спростовує поширене твердження, що механізовані підрозділи вперше з 2022 року вийшли до кордону.',
  ])('"%s" contradicts the first-since-2022 claim', (text) => {
    expect(claim(check(text), 'mechanized-first-since-2022').stance).toBe('contradicts');
  });

  it.each([
    'The monitors did not dispute the claim that mechanised brigades reached the border for the first time since 2022.',
    'The monitors confirmed the claim that mechanised brigades reached the border for the first time since 2022.',
  ])('a negated or agreeing verb does not: "%s"', (text) => {
    expect(claim(check(text), 'mechanized-first-since-2022').stance).not.toBe('contradicts');
  });
});

describe('a question answered by a disagreement', () => {
  it.each([
    'Asked about the assessment that Belarus would need to mobilise reservists before any offensive, the Ukrainian officer disagreed, saying the units are ready now.',
    'Asked whether Minsk would have to mobilise reservists before mounting an offensive, the intelligence spokesman rejected the idea.',
  ])('"%s" contradicts the mobilisation claim', (text) => {
    expect(claim(check(text), 'offensive-needs-mobilization').stance).toBe('contradicts');
  });

  it('the same content without the disagreement supports it', () => {
    const v = check('Analysts say Belarus would need to mobilise reservists before mounting any offensive.');
    expect(claim(v, 'offensive-needs-mobilization').stance).toBe('supports');
  });
});
