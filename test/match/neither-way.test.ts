import { describe, expect, it } from 'vitest';
import { check, claim } from './seeded-matcher.ts';

// "Neither confirm nor refute", with the two halves anywhere in the sentence ("ни подтвердить, ни опровергнуть ...
// невозможно", "підтвердження немає, як немає і доказів протилежного"), leaves the fact open: it discusses the
// claim. Sentences written for this test.

const MOVED = 'В августе Минск перебросил войска к границе с Украиной. ';

describe('neither confirmed nor refuted', () => {
  it.each([
    'Ни подтвердить, ни опровергнуть, что механизированные части впервые с 2022 года направлены к границе, по открытым данным невозможно.',
    'Підтвердження того, що механізовані підрозділи вперше з 2022 року відправили до кордону, немає, як немає і доказів протилежного.',
    'Ні пацвердзіць, ні абвергнуць, што механізаваныя часткі ўпершыню з 2022 года накіраваныя да мяжы, мы па адкрытых крыніцах не можам.',
    'There is no confirmation that mechanised units were sent to the border for the first time since 2022, and no proof of the opposite either.',
  ])('"%s" discusses the mechanised-units claim', (text) => {
    expect(claim(check(MOVED + text), 'mechanized-first-since-2022').stance).toBe('discusses');
  });

  it('a confirmation alone still states it', () => {
    const v = check(MOVED + 'Минобороны подтвердило, что механизированные части впервые с 2022 года направлены к границе.');
    expect(claim(v, 'mechanized-first-since-2022').stance).toBe('supports');
  });
});
