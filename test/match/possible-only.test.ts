import { describe, expect, it } from 'vitest';
import { check, claim } from './seeded-matcher.ts';

// "Возможно" / "можливо" / "магчыма" before "только" / "лише" / "толькі" is the predicate "possible only ...",
// a condition stated, not "possibly": it hedges nothing. Sentences written for this test.

describe('"possible only through" states a requirement', () => {
  it.each([
    'Аналитик считает, что наступление белорусской армии возможно только после мобилизации.',
    'Аналітик вважає, що наступ білоруської армії можливо лише після мобілізації.',
    'Аналітык лічыць, што наступленне беларускай арміі магчыма толькі пасля мабілізацыі.',
  ])('"%s" supports offensive-needs-mobilization', (text) => {
    expect(claim(check(text), 'offensive-needs-mobilization').stance).toBe('supports');
  });
});

describe('"possibly" still hedges', () => {
  it('"Возможно, для наступления понадобится мобилизация" only discusses it', () => {
    expect(claim(check('Возможно, для наступления белорусской армии у границы с Украиной понадобится мобилизация.'), 'offensive-needs-mobilization').stance).toBe('discusses');
  });
});
