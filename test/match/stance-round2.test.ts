import { describe, expect, it } from 'vitest';
import { parseQuantities } from '../../src/match/parse/quantities.ts';
import { check, claim } from './seeded-matcher.ts';

// Round 2 of the general stance rules (issue 5). Every sentence here is written for this test.

describe('a denial or disagreement before a figure that matches the claim', () => {
  it('contradicts the claimed count in four languages; a confirmation supports it', () => {
    expect(claim(check('The border service dismissed a claim that roughly 1,100 Belarusian soldiers had moved to the border with Ukraine in August.'), '1100-troops-30-miles').stance).toBe('contradicts');
    expect(claim(check('Пограничники опровергли данные о том, что в августе к границе с Украиной перебросили около 1100 белорусских военнослужащих.'), '1100-troops-30-miles').stance).toBe('contradicts');
    expect(claim(check('Прикордонники спростували твердження, що в серпні до кордону з Україною перекинули близько 1100 білоруських військових.'), '1100-troops-30-miles').stance).toBe('contradicts');
    expect(claim(check('Памежнікі абвергнулі звесткі, што ў жніўні да мяжы з Украінай перакінулі каля 1100 беларускіх вайскоўцаў.'), '1100-troops-30-miles').stance).toBe('contradicts');
    expect(claim(check('The border service confirmed that roughly 1,100 Belarusian soldiers had moved to the border with Ukraine in August.'), '1100-troops-30-miles').stance).toBe('supports');
  });
});

describe('a verdict on a "that"-clause', () => {
  it('"the idea that X is wrong" contradicts X', () => {
    expect(claim(check('The idea that the Belarusian troops at the border are only for show is wrong.'), 'no-threat-to-ukraine').stance).toBe('contradicts');
    expect(claim(check('Версия о том, что белорусские войска у границы — лишь пропаганда, ошибочна.'), 'no-threat-to-ukraine').stance).toBe('contradicts');
    expect(claim(check('Analysts agree that the Belarusian troops at the border are only for show.'), 'no-threat-to-ukraine').stance).toBe('supports');
  });
});

describe('a negation before a noun of proof reaches its clause', () => {
  it('"no one has produced evidence that X" does not state X', () => {
    expect(claim(check('No one has produced evidence that Kyiv plans an invasion of Belarus.'), 'tumar-fight-invasion').stance).not.toBe('contradicts');
    expect(claim(check('Никто так и не предъявил доказательств того, что Киев планирует вторжение в Беларусь.'), 'tumar-fight-invasion').stance).not.toBe('contradicts');
    expect(claim(check('Kyiv plans an invasion of Belarus, the state broadcaster claimed.'), 'tumar-fight-invasion').stance).toBe('contradicts');
  });
});

describe('counts that are no deployment', () => {
  it('the size of the whole force is not a count of the troops moved', () => {
    expect(claim(check('The Belarusian armed forces number about 48,000 troops; part of them was sent to the border with Ukraine in August.'), '1100-troops-30-miles').stance).not.toBe('contradicts');
    expect(claim(check('В белорусской армии около 45 тысяч военнослужащих, и в августе часть из них отправили к границе с Украиной.'), '1100-troops-30-miles').stance).not.toBe('contradicts');
  });

  it('a bare plural magnitude ("thousands of soldiers") is a manner of speaking', () => {
    expect(claim(check('Minsk has to keep thousands of soldiers near the border with Ukraine, a Ukrainian general said in August.'), '1100-troops-30-miles').stance).not.toBe('contradicts');
    expect(claim(check('Минск держит тысячи военных у границы с Украиной, заявил в августе украинский генерал.'), '1100-troops-30-miles').stance).not.toBe('contradicts');
    // a vague amount with its multiplier is a figure
    expect(claim(check('Belarus moved no more than a few hundred soldiers to the border with Ukraine between 10 and 20 August, the border guards said.'), '1100-troops-30-miles').stance).toBe('contradicts');
  });
});

describe('a count set against a share claim', () => {
  it('needs the whole or the claim’s speaker nearby', () => {
    expect(claim(check('Belarus added only a few hundred soldiers to its border districts in August, far fewer than exiles have claimed.'), 'third-of-army-to-border').stance).not.toBe('contradicts');
    expect(claim(check('Contrary to Lukashenko’s words, Belarus added only a few hundred soldiers to its border districts in August.'), 'third-of-army-to-border').stance).toBe('contradicts');
  });
});

describe('"nothing of the kind" points to the sentence before it', () => {
  it('does not rebut a statement two sentences back', () => {
    const v = check('Monitors counted about 1,100 Belarusian troops moved to the border with Ukraine in August. Moving a whole brigade with its rear services would take weeks. Nothing of the kind has been seen.');
    expect(claim(v, '1100-troops-30-miles').stance).toBe('supports');
  });
});

describe('miles in Russian, Belarusian and Ukrainian case forms', () => {
  it('reads "30 милях (около 48 км)" as two distances', () => {
    const text = 'в 30 милях (около 48 км) от границы';
    const tokens = [...text.matchAll(/[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu)];
    expect(tokens.length).toBeGreaterThan(0);
    const v = check('Около 1 100 военнослужащих разместили в 30 милях (около 48 км) от украинской границы, говорится в оценке для белорусской оппозиции.');
    expect(claim(v, '1100-troops-30-miles').stance).toBe('supports');
    expect(typeof parseQuantities).toBe('function');
  });
});
