import { describe, expect, it } from 'vitest';
import { check, claim } from './seeded-matcher.ts';

// A report its writer could not confirm, or gives as one account among several, only discusses the claim.
// Sentences written for this test.

describe('a report that could not be confirmed', () => {
  it.each([
    'Подтвердить эти кадры с белорусскими танками у границы редакция не смогла.',
    'Местные жители публикуют видео, на которых белорусские танки движутся к границе; подтвердить их мы не можем.',
    'Користувачі поширюють відео з білоруськими танками біля кордону, але підтвердити їх прикордонна служба не може.',
    'Карыстальнікі публікуюць відэа з беларускімі танкамі каля мяжы, але пацвердзіць іх мы не можам.',
    'Users posted videos of Belarusian tanks moving to the border, which we cannot independently verify.',
  ])('"%s" discusses armor-seen-moving', (text) => {
    expect(claim(check(text), 'armor-seen-moving').stance).toBe('discusses');
  });

  it('a report that was confirmed still supports', () => {
    expect(claim(check('Подтвердить эти кадры с белорусскими танками у границы редакция смогла по дорожным знакам.'), 'armor-seen-moving').stance).toBe('supports');
    expect(claim(check('Users posted videos of Belarusian tanks moving to the border, which we were able to verify.'), 'armor-seen-moving').stance).toBe('supports');
  });
});

describe('one account among several', () => {
  it.each([
    'Ещё одна версия, которую пересказывают местные жители, — что к границе отправили белорусские танки.',
    'Ще одна версія, яку переказують у мережі, — що до кордону відправили білоруські танки.',
    'Яшчэ адна версія, якую пераказваюць у чатах, — што да мяжы адправілі беларускія танкі.',
    'One theory doing the rounds is that Belarus sent tanks to the border.',
  ])('"%s" discusses armor-seen-moving', (text) => {
    expect(claim(check(text), 'armor-seen-moving').stance).toBe('discusses');
  });
});
