import { describe, expect, it } from 'vitest';
import { check, claim } from './seeded-matcher.ts';

// A comparative of "small" sizes a force below what was said ("a far smaller deployment", "значительно меньшая
// часть армии"); "по меньшей мере" (at least) is no such word. Sentences written for this test.

describe('"smaller" sizes the force down', () => {
  it.each([
    'Satellite imagery points to a far smaller deployment of the Belarusian army near the Ukrainian border.',
    'По данным разведки, к границе с Украиной переброшена значительно меньшая часть белорусской армии.',
  ])('"%s" contradicts third-of-army-to-border', (text) => {
    expect(claim(check(text), 'third-of-army-to-border').stance).toBe('contradicts');
  });

  it('"по меньшей мере" (at least) does not', () => {
    expect(claim(check('По меньшей мере треть белорусской армии переброшена к границе с Украиной.'), 'third-of-army-to-border').stance).toBe('supports');
  });
});
