import { describe, expect, it } from 'vitest';
import { check, claim } from './seeded-matcher.ts';

// "Let me correct that": a speaker correcting the statement just made or put to them rebuts it, like "that is not
// correct". Sentences written for this test.

describe('a correction after a statement of the claim rebuts it', () => {
  it.each([
    'REPORTER: Minister Khrenin ordered troops toward Gomel and Mazyr because of Kursk.\nSPOKESWOMAN: Allow me to correct that, it keeps coming up.',
    'Journalist: Belarusian troops went to the Gomel and Mazyr directions, the minister says.\nGeneral: I have to correct this.',
    'Журналист: Белорусские войска направили на гомельское и мозырское направления.\nПолковник: Позвольте вас поправить, это другое.',
    'Журналіст: Білоруські війська направили на гомельський і мозирський напрямки.\nПолковник: Дозвольте вас виправити, це інше.',
  ])('"%s" contradicts gomel-mazyr-directions', (text) => {
    expect(claim(check(text), 'gomel-mazyr-directions').stance).toBe('contradicts');
  });
});

describe('agreeing that something is correct is no correction', () => {
  it.each([
    'REPORTER: Minister Khrenin ordered troops toward Gomel and Mazyr because of Kursk.\nSPOKESWOMAN: That is correct, and I can add nothing.',
  ])('"%s" does not contradict it', (text) => {
    expect(claim(check(text), 'gomel-mazyr-directions').stance).not.toBe('contradicts');
  });
});
