import { describe, expect, it } from 'vitest';
import { check, claim, stances } from './seeded-matcher.ts';

describe('stance per claim (English)', () => {
  it('supports a claim that is restated, with the sentence as evidence', () => {
    const text =
      'On Saturday the defence minister, Viktor Khrenin, announced that units were heading to the Gomel and Mazyr directions on Lukashenko’s orders, pointing to the Kursk incursion. Residents posted videos of convoys.';
    const v = check(text, { title: 'Belarus sends troops south', publishedAt: '2024-08-11' });
    const c = claim(v, 'gomel-mazyr-directions');
    expect(c.stance).toBe('supports');
    expect(c.evidence[0]).toBe(text.split('. ')[0] + '.');
    expect(c.confidence).toBeGreaterThan(0.5);
  });

  it('says a contradicting condition was negated, not merely stated', () => {
    const text = 'Ukrainian border guards reported on Tuesday that no Belarusian military equipment was arriving near the frontier.';
    const c = claim(check(text, { title: 'Border guards report quiet frontier', publishedAt: '2024-08-20' }), 'armor-seen-moving');
    expect(c.stance).toBe('contradicts');
    expect(c.reason).toMatch(/\(negated\)$/);
  });

  it('contradicts a count outside the tolerance and says what it compared', () => {
    const text = 'Between August 10 and August 23 some 15,000 Belarusian soldiers were moved to the border with Ukraine, Ukrainian intelligence said.';
    const v = check(text, { title: 'Ukraine: 15,000 Belarusian troops at the border' });
    const c = claim(v, '1100-troops-30-miles');
    expect(c.stance).toBe('contradicts');
    expect(c.evidence[0]).toBe(text);
    expect(c.reason).toMatch(/count .*15,000.* vs claimed about 1,100/);
    expect(c.comparisons[0]).toMatchObject({ fact: 'count', agrees: false });
    // ~31 % of a ~48,000 army: the same number agrees with "a third of the army" once set against it
    expect(claim(v, 'third-of-army-to-border').stance).not.toBe('contradicts');
  });

  it('supports a count and a distance inside the tolerance, miles or km', () => {
    const v = check('An assessment for the opposition says about 1,100 troops were moved to roughly 48 km from the Ukrainian border between August 10 and 23.');
    const c = claim(v, '1100-troops-30-miles');
    expect(c.stance).toBe('supports');
    expect(c.comparisons.map((x) => x.fact).sort()).toEqual(['count', 'distance']);
  });

  it('contradicts a distance far off', () => {
    const v = check('The opposition assessment says about 1,100 Belarusian troops dug in just 5 km from the border with Ukraine in mid-August.');
    expect(claim(v, '1100-troops-30-miles').stance).toBe('contradicts');
    expect(claim(v, '1100-troops-30-miles').reason).toMatch(/distance .*5 km/);
  });

  it('quote then rebuttal contradicts; the rebuttal is the evidence', () => {
    const v = check('On Sunday Lukashenko told Russian television that a third of the army now stood at the southern border. That is not true, the opposition monitoring group said.');
    const c = claim(v, 'third-of-army-to-border');
    expect(c.stance).toBe('contradicts');
    expect(c.evidence[0]).toBe('That is not true, the opposition monitoring group said.');
  });

  it('"only about 1,100 troops" contradicts "a third of the army"', () => {
    const v = check('Lukashenko spoke of a third of the army. Satellite images show that only about 1,100 troops were moved to the border with Ukraine.');
    const c = claim(v, 'third-of-army-to-border');
    expect(c.stance).toBe('contradicts');
    expect(c.reason).toMatch(/1,100/);
  });

  it('finds a contradiction stated once deep in a long article', () => {
    const filler = Array.from({ length: 40 }, (_, i) => `Residents of the Gomel region described military convoys on road number ${i + 1} toward the border with Ukraine.`).join(' ');
    const v = check(`${filler} The footage of tanks shared on social media was old, recorded during the 2022 exercises, fact-checkers found. ${filler}`);
    const c = claim(v, 'armor-seen-moving');
    expect(c.stance).toBe('contradicts');
    expect(c.evidence[0]).toMatch(/^The footage of tanks/);
  });

  it('a hedged mention discusses the claim', () => {
    const v = check('Analysts are divided on whether Belarus really sent a third of its army to the border with Ukraine.');
    expect(claim(v, 'third-of-army-to-border').stance).toBe('discusses');
  });

  it('negative claims: a denial agrees, an assertion of the opposite contradicts', () => {
    expect(claim(check('The opposition says the Belarusian troops at the border pose no threat to Ukraine and serve propaganda.'), 'no-threat-to-ukraine').stance).toBe('supports');
    expect(claim(check('Ukrainian intelligence says Belarusian troops at the border are preparing to attack.'), 'no-threat-to-ukraine').stance).toBe('contradicts');
    expect(claim(check('Belarusian troops crossed into Ukraine near Chernihiv on Tuesday, Kyiv said.'), 'no-direct-war-role').stance).toBe('contradicts');
    expect(claim(check('Belarus has not joined the war, though Russia used its territory to stage attacks in 2022.'), 'no-direct-war-role').stance).toBe('supports');
  });

  it('claims the article does not touch stay unrelated', () => {
    const v = check('Belarus moved troops to the border with Ukraine, the ministry said.');
    expect(claim(v, 'public-opposes-involvement').stance).toBe('unrelated');
    expect(claim(v, 'russian-nukes-in-belarus').stance).toBe('unrelated');
    expect(claim(v, 'tumar-fight-invasion').evidence).toEqual([]);
  });

  it('a poll with a majority for joining the war contradicts; one against supports', () => {
    expect(claim(check('A new survey found that 58 percent of Belarusian respondents backed joining the war on Russia’s side.'), 'public-opposes-involvement').stance).toBe('contradicts');
    expect(claim(check('Polls show most Belarusians oppose any involvement in the war.'), 'public-opposes-involvement').stance).toBe('supports');
  });

  it('"the weapons were withdrawn" contradicts the nuclear claim; "under Moscow’s control" supports it', () => {
    expect(claim(check('Russia has withdrawn its tactical nuclear weapons from Belarus, sources said.'), 'russian-nukes-in-belarus').stance).toBe('contradicts');
    expect(claim(check('Russian nuclear weapons stationed in Belarus remain under Moscow’s control.'), 'russian-nukes-in-belarus').stance).toBe('supports');
  });
});

describe('stance per claim (Russian, Belarusian, Ukrainian)', () => {
  it('ru: "лишь около 300 военнослужащих, а не треть армии" contradicts both figures', () => {
    const v = check('По данным мониторинговой группы, к границе с Украиной переброшено лишь около 300 военнослужащих, а не треть армии, как утверждал Лукашенко.');
    expect(stances(v)).toMatchObject({ 'third-of-army-to-border': 'contradicts', '1100-troops-30-miles': 'contradicts' });
  });

  it('ru: "опроверг" after the claim contradicts it', () => {
    const v = check('Лукашенко заявил, что на южную границу переброшена треть армии. Госпогранслужба Украины опровергла это заявление.');
    expect(claim(v, 'third-of-army-to-border').stance).toBe('contradicts');
  });

  it('be: Khrenin\'s order to the Gomel and Mazyr directions is supported', () => {
    const v = check('Міністр абароны Віктар Хрэнін заявіў 10 жніўня, што па загадзе Лукашэнкі войскі накіраваны на гомельскі і мазырскі кірункі.');
    expect(claim(v, 'gomel-mazyr-directions').stance).toBe('supports');
  });

  it('be: "не трэць арміі, а каля 5 працэнтаў" contradicts the third', () => {
    const v = check('Эксперты лічаць, што на поўдзень перакінулі не трэць арміі, а не больш за 5 працэнтаў асабовага складу ўзброеных сіл.');
    expect(claim(v, 'third-of-army-to-border').stance).toBe('contradicts');
  });

  it('uk: 15 тисяч військових contradicts the 1,100 count', () => {
    const v = check('Речник ДПСУ заявив, що в серпні 2024 року Білорусь стягнула до кордону з Україною близько 15 тисяч військових.');
    expect(claim(v, '1100-troops-30-miles').stance).toBe('contradicts');
  });

  it('uk: old footage contradicts the armour claim', () => {
    const v = check('Фактчекери встановили, що відео з білоруськими танками біля кордону з Україною старі — їх зняли під час навчань 2022 року.');
    expect(claim(v, 'armor-seen-moving').stance).toBe('contradicts');
  });

  it('uk: "не відповідає дійсності" contradicts', () => {
    const v = check('Лукашенко заявив, що на південний кордон перекинуто третину армії. Це не відповідає дійсності, зазначили в ДПСУ.');
    expect(claim(v, 'third-of-army-to-border').stance).toBe('contradicts');
  });
});

describe('analysis pieces', () => {
  it('an article that keeps hedging discusses the claim it restates', () => {
    const v = check(
      [
        'When Lukashenko said on Sunday that a third of his army had gone to the Ukrainian border, state media repeated it.',
        'Whether it is true is another question.',
        'Analysts we spoke to were divided.',
        'Satellite pictures of the forests near the border are hard to read.',
        'For now the figure can be neither confirmed nor ruled out.',
      ].join(' '),
      { title: 'How many Belarusian troops are at the border?' },
    );
    expect(claim(v, 'third-of-army-to-border').stance).toBe('discusses');
  });

  it('one hedge in a plain report does not turn support into discussion', () => {
    const v = check(
      'On Saturday the defence minister, Viktor Khrenin, announced that units were heading to the Gomel and Mazyr directions. The ministry published footage of trains. The number of troops could not be independently verified. Residents reported convoys near Yelsk. Kyiv said it was watching.',
    );
    expect(claim(v, 'gomel-mazyr-directions').stance).toBe('supports');
  });
});

describe('negation scope', () => {
  it.each([
    ['the ministry did not say how many', 'Belarus moved troops to the Gomel direction on Saturday. The ministry did not say how many troops were sent to the Gomel direction.'],
    ['no doubt that', 'There is no doubt that Belarus moved troops toward the Gomel direction this month.'],
    ['a negation of something else', 'The Belarusian defence ministry published footage of columns on the move but gave no figures of its own.'],
    ['a verb of its own (ru)', 'Войска не покидали гомельское направление с 10 августа, сообщили в Минобороны.'],
    ['a verb of its own (en)', 'Belarus has not stopped moving troops toward the Gomel direction, Ukrainian officials said.'],
    ['a hedged possibility', 'Украина не исключает, что Беларусь может перебросить дополнительные войска к границе.'],
  ])('%s does not contradict', (_name, text) => {
    expect(Object.values(stances(check(text)))).not.toContain('contradicts');
  });

  it('a negated fact does', () => {
    expect(claim(check('No Belarusian troops were sent toward the Gomel direction, Ukraine’s border service said.'), 'gomel-mazyr-directions').stance).toBe('contradicts');
    expect(claim(check('Бронетехніку до кордону з Україною цього разу не перекидали, кажуть аналітики.'), 'mechanized-first-since-2022').stance).toBe('contradicts');
    expect(claim(check('Ніякіх беларускіх войскаў на гомельскім кірунку не было, заявілі ў ДПСУ.'), 'gomel-mazyr-directions').stance).toBe('contradicts');
    expect(claim(check('Фактчекеры проверили ролики: ни одно видео не показывает переброску белорусских танков к границе.'), 'armor-seen-moving').stance).toBe('contradicts');
  });
});
