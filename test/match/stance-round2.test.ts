import { describe, expect, it } from 'vitest';
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
  it('reads "30 милях (около 48 км)" as two distances, each with its own unit', () => {
    const v = check('Около 1 100 белорусских военнослужащих разместили в 30 милях (около 48 км) от украинской границы, говорится в оценке для белорусской оппозиции.');
    expect(claim(v, '1100-troops-30-miles').stance).toBe('supports');
  });
});

describe('a figure named only to be denied', () => {
  it('"five percent, not a third" contradicts the third (uk, ru, en)', () => {
    expect(claim(check('До кордону з Україною Білорусь направила п’ять відсотків своїх сухопутних сил, а не третину армії.'), 'third-of-army-to-border').stance).toBe('contradicts');
    expect(claim(check('К границе с Украиной Беларусь направила пять процентов своих сухопутных войск, а не треть армии.'), 'third-of-army-to-border').stance).toBe('contradicts');
    expect(claim(check('Belarus sent five percent of its ground forces to the border with Ukraine, not a third of the army.'), 'third-of-army-to-border').stance).toBe('contradicts');
  });
});

describe('a withdrawal verb with a direction toward the border moves troops there', () => {
  it('"вывели к границе" is a deployment, not a withdrawal', () => {
    // a count far from the claim's contradicts it when troops are moved toward the border, not when they are pulled back
    const v = check('В августе Беларусь вывела к границе с Украиной около 9 000 военнослужащих, сообщили наблюдатели.');
    expect(claim(v, '1100-troops-30-miles').stance).toBe('contradicts');
    const uk = check('У серпні до кордону з Україною Білорусь вивела близько 9 000 військових, повідомили спостерігачі.');
    expect(claim(uk, '1100-troops-30-miles').stance).toBe('contradicts');
    const back = check('В августе Беларусь вывела от границы с Украиной около 9 000 военнослужащих, сообщили наблюдатели.');
    expect(claim(back, '1100-troops-30-miles').stance).not.toBe('contradicts');
  });
});

describe('sources that contradict each other deny nothing', () => {
  it('"the channels contradict each other" is no denial', () => {
    const v = check('Footage of Belarusian tanks on the road to Gomel keeps appearing, and the channels that share it contradict each other about the date.');
    expect(claim(v, 'armor-seen-moving').stance).not.toBe('contradicts');
    const ru = check('Видео с белорусскими танками у границы с Украиной публикуют разные каналы, и они противоречат друг другу.');
    expect(claim(ru, 'armor-seen-moving').stance).not.toBe('contradicts');
  });
});

describe('another side acting on one of the subject’s places', () => {
  it('"Ukraine’s general staff plans a push toward Gomel" is not Belarus’s deployment', () => {
    const v = check('State television claimed that the Ukrainian general staff has drawn up a plan to push into the Gomel region and has moved assault brigades to the Chernihiv direction.');
    expect(claim(v, 'gomel-mazyr-directions').stance).not.toBe('supports');
  });
});

describe('a correction after a denied report', () => {
  it('"claims that Moscow controls them are untrue: Minsk does" contradicts Moscow’s control', () => {
    const ru = check('Утверждения, что размещённое в Беларуси ядерное оружие находится под контролем Москвы, не соответствуют действительности: контроль над ним осуществляет Минск.');
    expect(claim(ru, 'russian-nukes-in-belarus').stance).toBe('contradicts');
    const en = check('Claims that the nuclear weapons in Belarus are under Moscow’s control are false: they are under Belarusian control, the ministry said.');
    expect(claim(en, 'russian-nukes-in-belarus').stance).toBe('contradicts');
  });
});

describe('a share of another whole', () => {
  it('"a third of the grain harvest" is no share of the army', () => {
    const v = check('Lukashenko said on Sunday at the border with Ukraine that a third of the grain harvest in the Gomel region had been brought in by soldiers.');
    expect(claim(v, 'third-of-army-to-border').stance).not.toBe('supports');
    const army = check('Lukashenko said on Sunday that a third of the army had been moved to the border with Ukraine.');
    expect(claim(army, 'third-of-army-to-border').stance).toBe('supports');
  });
});

describe('a claim passed on by unnamed others is a quote, not a finding', () => {
  it('"several outlets have repeated", "we are told", "ряд каналов утверждает" discuss the claim', () => {
    const en = check('Several outlets have repeated that a third of the Belarusian army now stands at the border with Ukraine.');
    expect(claim(en, 'third-of-army-to-border').stance).toBe('discusses');
    const told = check('We are told that a third of the Belarusian army now stands at the border with Ukraine.');
    expect(claim(told, 'third-of-army-to-border').stance).toBe('discusses');
    const ru = check('Ряд телеграм-каналов утверждает, что у границы с Украиной уже стоит треть белорусской армии.');
    expect(claim(ru, 'third-of-army-to-border').stance).toBe('discusses');
    const uk = check('Низка каналів повторюють, що біля кордону з Україною вже стоїть третина білоруської армії.');
    expect(claim(uk, 'third-of-army-to-border').stance).toBe('discusses');
    // a named source still states it
    const named = check('Lukashenko said on Sunday that a third of the Belarusian army now stands at the border with Ukraine.');
    expect(claim(named, 'third-of-army-to-border').stance).toBe('supports');
  });

  it('the quote, then a rebuttal, contradicts', () => {
    const v = check('Several outlets have repeated that a third of the Belarusian army now stands at the border with Ukraine. That is not true: border guards count a few hundred soldiers.');
    expect(claim(v, 'third-of-army-to-border').stance).toBe('contradicts');
  });
});

describe('"several" in a number is no "several sources"', () => {
  it('"several hundred soldiers, the border service reported" is a finding', () => {
    const v = check('Belarus moved several hundred soldiers to the border with Ukraine in August, the border service reported.');
    expect(claim(v, '1100-troops-30-miles').stance).toBe('contradicts');
  });
});

describe('"чуть ли не треть" is almost a third', () => {
  it('an approximating idiom with "не" is no negation of the figure', () => {
    expect(claim(check('Лукашенко заявил, что к границе с Украиной Беларусь вывела чуть ли не треть своей армии.'), 'third-of-army-to-border').stance).toBe('supports');
    expect(claim(check('Лукашенко заявив, що до кордону з Україною Білорусь вивела мало не третину своєї армії.'), 'third-of-army-to-border').stance).toBe('supports');
  });
});

describe('crossing the state border, in any inflection', () => {
  it('a Belarusian group that crossed the border contradicts "no direct role"', () => {
    expect(claim(check('Прикордонники повідомили, що 20 серпня група білоруських військових перетнула державний кордон і повернулася назад.'), 'no-direct-war-role').stance).toBe('contradicts');
    expect(claim(check('Пограничники сообщили, что 20 августа группа белорусских военных пересекла государственную границу Украины и вернулась назад.'), 'no-direct-war-role').stance).toBe('contradicts');
  });
});
