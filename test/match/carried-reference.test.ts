import { describe, expect, it } from 'vitest';
import { check, claim } from './seeded-matcher.ts';

// A thing named once ("tactical nuclear weapons") and then only by a pronoun ("control over them") or by its bare
// noun ("the warheads' weapons", "оружие") is still what the later sentence speaks of. Sentences written for this test.

describe('a pronoun or a repeated noun carries the statement’s weapon into the next sentences', () => {
  it.each([
    'Moscow keeps tactical nuclear weapons on Belarusian soil. Control over them, officials in Minsk insist, is in Belarusian hands.',
    'Russia moved its nuclear missiles to Belarus last year. Western diplomats have been briefed since. The missiles are now under Minsk\'s control, according to the treaty text.',
    'Россия разместила в Беларуси тактическое ядерное оружие. Контроль над ним, по словам министра, осуществляет белорусская сторона.',
    'Расія размясціла ў Беларусі тактычную ядзерную зброю. Кантроль над ёй, паводле міністра, ажыццяўляе беларускі бок.',
    'Росія розмістила в Білорусі тактичну ядерну зброю. Контроль над нею, за словами міністра, здійснює білоруська сторона.',
  ])('"%s" contradicts the claim that Moscow controls them', (text) => {
    expect(claim(check(text), 'russian-nukes-in-belarus').stance).toBe('contradicts');
  });
});

describe('what is not carried', () => {
  it('a pronoun two sentences on does not point back that far', () => {
    const v = check('Moscow keeps tactical nuclear weapons on Belarusian soil. Lukashenko spoke at length about the economy. Control over it is in Belarusian hands, he said of the potash trade.');
    expect(claim(v, 'russian-nukes-in-belarus').stance).not.toBe('contradicts');
  });

  it('a word that is no force of the topic is not carried ("offensive")', () => {
    const v = check('Konrad Muzyka wrote that Belarus would need mobilisation for an offensive. Without it, the army is capable only of defence.');
    expect(claim(v, 'offensive-needs-mobilization').stance).not.toBe('contradicts');
  });
});
