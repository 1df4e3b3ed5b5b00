import { describe, expect, it } from 'vitest';
import { check, claim } from './seeded-matcher.ts';

// "this", "it", "цей інцидент" point to the sentence before, or through sentences that report nothing of their own.
// Sentences written for this test.

describe('a back reference past another report denies that report', () => {
  it.each([
    'Khrenin said on 10 August that troops had been ordered toward Gomel and Mazyr. Separately, Ukrainian guards said a Belarusian drone crossed the border near Slovechno that night. Minsk denies this.',
    'Хренин 10 августа заявил, что войска направлены на гомельское и мозырское направления. Отдельно украинские пограничники сообщили, что белорусский беспилотник пересёк границу у Словечно. Минск это отрицает.',
    'Хренін 10 серпня заявив, що війська спрямовано на гомельський і мозирський напрямки. Окремо українські прикордонники повідомили, що білоруський безпілотник перетнув кордон біля Словечна. Мінськ це заперечує.',
  ])('"%s" does not contradict the order', (text) => {
    expect(claim(check(text), 'gomel-mazyr-directions').stance).not.toBe('contradicts');
  });
});

describe('a back reference through a remark on the statement still rebuts it', () => {
  it.each([
    'Lukashenko said on Sunday that almost a third of the army had gone to the border with Ukraine. That was quite a claim. It does not match anything observers have counted and it is simply wrong.',
    'Лукашенко в воскресенье заявил, что почти треть армии отправлена к границе с Украиной. Заявление громкое. Но это не так.',
  ])('"%s" contradicts the third-of-the-army claim', (text) => {
    expect(claim(check(text), 'third-of-army-to-border').stance).toBe('contradicts');
  });
});
