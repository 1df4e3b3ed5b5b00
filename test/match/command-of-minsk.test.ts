import { describe, expect, it } from 'vitest';
import { check, claim } from './seeded-matcher.ts';

// Weapons "under the command of" Belarus, or whose use "is decided in Minsk", are controlled by Minsk: that
// contradicts the claim that Moscow controls the nuclear weapons in Belarus. Sentences written for this test.

describe('Belarusian command of the nuclear weapons contradicts Moscow\'s control', () => {
  it.each([
    'A Belarusian general said on Monday that the Russian nuclear warheads in Belarus are under the command of the Belarusian army.',
    'The use of the nuclear weapons deployed in Belarus is decided in Minsk, the security council secretary said.',
    'Секретарь Совбеза заявил, что ядерное оружие в Беларуси находится под командованием белорусской армии.',
    'Сакратар Саўбеза заявіў, што ядзерная зброя ў Беларусі знаходзіцца пад камандаваннем беларускай арміі.',
    'Секретар Радбезу заявив, що ядерна зброя в Білорусі перебуває під командуванням білоруської армії.',
  ])('"%s" contradicts russian-nukes-in-belarus', (text) => {
    expect(claim(check(text), 'russian-nukes-in-belarus').stance).toBe('contradicts');
  });
});
