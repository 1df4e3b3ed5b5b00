import { describe, expect, it } from 'vitest';
import { check, claim } from './seeded-matcher.ts';

// Footage only "said to show" or "purporting to show" something, and words the writer "could not confirm", are
// reported without being vouched for: they discuss a claim. Such a hedge covers what follows it, not the rest of
// the sentence. Sentences written for this test.

describe('footage said or purporting to show, and what could not be confirmed, discuss a claim', () => {
  it.each([
    'Clips said to show Belarusian tanks rolling toward the Ukrainian border have spread on Telegram since Monday.',
    'Several videos purporting to show Belarusian armoured personnel carriers moving to the border were posted overnight.',
    'Footage that purports to show Belarusian tanks heading for the border is circulating in local chats.',
  ])('"%s" discusses armor-seen-moving', (text) => {
    expect(claim(check(text), 'armor-seen-moving').stance).toBe('discusses');
  });

  it('"could not confirm" the wording of a figure', () => {
    const text = 'Lukashenko was quoted as saying a third of the army had been deployed to the Ukrainian border, but we could not confirm his exact words.';
    expect(claim(check(text), 'third-of-army-to-border').stance).toBe('discusses');
  });

  it('a hedge of the footage leaves the order reported before it stated', () => {
    const text =
      'Khrenin said on 10 August that troops were being sent toward the Gomel and Mazyr directions, and by evening videos said to show armoured columns were being shared.';
    expect(claim(check(text), 'gomel-mazyr-directions').stance).toBe('supports');
  });
});
