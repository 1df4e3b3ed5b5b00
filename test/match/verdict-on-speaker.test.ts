import { describe, expect, it } from 'vitest';
import { check, claim } from './seeded-matcher.ts';

// A verdict after a statement of a claim may name the speaker ("he is lying", "он врёт") or the figures together
// ("both numbers are wrong"), and in a transcript the one who gives it stands in a speaker's label, not in what is
// judged. Sentences written for this test.

describe('a verdict that the speaker lies, or on both figures, rebuts the statement', () => {
  it.each([
    'Lukashenko told reporters that a third of the army had been deployed to the southern border. He is lying.',
    'Лукашенко заявил, что треть армии переброшена к южной границе. Он врёт.',
    'Лукашенко заявив, що третину армії перекинуто до південного кордону. Він бреше.',
    'Lukashenko told reporters that a third of the army had been deployed to the southern border. That is a lie.',
  ])('"%s" contradicts the third-of-the-army claim', (text) => {
    expect(claim(check(text), 'third-of-army-to-border').stance).toBe('contradicts');
  });

  it('a speaker’s label names who gives the verdict, not whose words are judged', () => {
    const text = 'REPORTER: Lukashenko said a third of the army had been deployed to the southern border. Was he right?\n\nSviatlana Tsikhanouskaya: He is lying, as usual.';
    expect(claim(check(text), 'third-of-army-to-border').stance).toBe('contradicts');
  });

  it('"both figures" points back to a figure stated just before', () => {
    const text =
      'An assessment for the Belarusian opposition counted around 1,100 troops sent to some 30 miles from the Ukrainian border. Officials in Minsk spoke of many more.\n\nIn our view both figures are wrong.';
    expect(claim(check(text), '1100-troops-30-miles').stance).toBe('contradicts');
  });

  it('a town that "lies" some distance away is no verdict', () => {
    const text = 'Lukashenko said a third of the army had been deployed to the southern border. Mazyr lies about 50 kilometres north of it.';
    expect(claim(check(text), 'third-of-army-to-border').stance).not.toBe('contradicts');
  });
});
