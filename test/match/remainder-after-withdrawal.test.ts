import { describe, expect, it } from 'vitest';
import { check, claim } from './seeded-matcher.ts';

// A figure of what is left ("what remains", "осталось") after a withdrawal reported just before sizes the force
// after the reduction: new information, not a contradiction of the August count. Without the withdrawal the
// figure is compared as usual. Sentences written for this test.

describe('a remainder after a withdrawal does not contradict the count', () => {
  it.each([
    'Belarusian units have been withdrawn from the Ukrainian border over the past fortnight. What remains near the border is about 300 Belarusian soldiers, a monitor says.',
    'Белорусские подразделения отвели от украинской границы в пункты постоянной дислокации. У границы, по оценке пограничников, осталось около 300 белорусских военных.',
    'Білоруські підрозділи відвели від українського кордону. Біля кордону, за оцінкою прикордонників, залишилося близько 300 білоруських військових.',
  ])('"%s" does not contradict 1100-troops-30-miles', (text) => {
    expect(claim(check(text, { publishedAt: '2024-10-01' }), '1100-troops-30-miles').stance).not.toBe('contradicts');
  });
});

describe('without a withdrawal before it, the figure still contradicts', () => {
  it.each([
    'Belarus has moved units toward the Ukrainian border. What remains near the border is about 300 Belarusian soldiers, a monitor says.',
  ])('"%s" contradicts it', (text) => {
    expect(claim(check(text, { publishedAt: '2024-08-25' }), '1100-troops-30-miles').stance).toBe('contradicts');
  });
});
