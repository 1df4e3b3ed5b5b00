import { describe, expect, it } from 'vitest';
import { check, claim } from './seeded-matcher.ts';

// A small word said of the whole army ("the Belarusian army is small") sizes the force the country has, not the
// part it sent to the border. Sentences written for this test.

describe('a small army is no small deployment', () => {
  it.each([
    'After Lukashenko sent troops to the Ukrainian border, commentators repeated that the Belarusian army is small and poorly equipped.',
    'Когда Лукашенко отправил войска к украинской границе, эксперты напомнили, что белорусская армия небольшая.',
    'Коли Лукашенко відправив війська до українського кордону, експерти нагадали, що білоруська армія невелика.',
  ])('"%s" does not contradict the third', (text) => {
    expect(claim(check(text), 'third-of-army-to-border').stance).not.toBe('contradicts');
  });

  it('a small part of the army sent still does', () => {
    expect(claim(check('Lukashenko sent only a small part of the army to the Ukrainian border.'), 'third-of-army-to-border').stance).toBe('contradicts');
  });
});
