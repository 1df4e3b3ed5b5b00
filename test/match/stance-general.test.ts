import { describe, expect, it } from 'vitest';
import { check, claim } from './seeded-matcher.ts';

// Rules that make the stance engine generalise beyond the wording of the labelled corpora.
// Every sentence here is written for this test.

describe('whose number it is', () => {
  it('a troop figure attributed to another capital is not the topic side’s count', () => {
    const v = check(
      'Lukashenko repeated on Monday that a third of the Belarusian army stands at the southern border. He claimed Warsaw and Kyiv had massed 90,000 soldiers against Belarus.',
    );
    expect(claim(v, '1100-troops-30-miles').stance).not.toBe('contradicts');
    expect(claim(v, 'third-of-army-to-border').stance).toBe('supports');
  });

  it('a count per unit ("each", "по") is not a total', () => {
    const en = check('Belarus moved three reserve companies near the border with Ukraine in August; each has about 250 soldiers, officials in Gomel said.');
    expect(claim(en, '1100-troops-30-miles').stance).not.toBe('contradicts');
    const ru = check('В августе к границе с Украиной выдвинули три резервных батальона, по 300 военнослужащих в каждом, сообщили в Гомеле.');
    expect(claim(ru, '1100-troops-30-miles').stance).not.toBe('contradicts');
  });

  it('a total still counts', () => {
    const v = check('Belarus moved about 9,000 soldiers to the border with Ukraine between 10 and 20 August, the monitoring group said.');
    expect(claim(v, '1100-troops-30-miles').stance).toBe('contradicts');
  });
});

describe('who does it', () => {
  it('an attack prepared by the other side does not make the topic’s troops a threat', () => {
    const v = check('Минская пресс-служба заявила, что Украина готовит наступление на белорусскую границу, но доказательств не привела.');
    expect(claim(v, 'no-threat-to-ukraine').stance).not.toBe('contradicts');
  });

  it('the topic’s own side preparing an attack still contradicts', () => {
    const v = check('Ukrainian officers said the Belarusian units near the border with Ukraine are preparing an offensive on Chernihiv.');
    expect(claim(v, 'no-threat-to-ukraine').stance).toBe('contradicts');
  });

  it('a general remark about some army is not a statement about the topic', () => {
    const v = check(
      'Belarus moved units toward the Ukrainian border this month. Analysts looked at rail traffic.\n\nA note on method. An army preparing an offensive builds field hospitals first.',
    );
    expect(claim(v, 'no-threat-to-ukraine').stance).not.toBe('contradicts');
  });

  it('an observer named before a negated movement is not its actor', () => {
    const v = check('Ukrainian patrols reported on 14 August that they had not seen any convoys of tanks heading to the border from Belarus.');
    expect(claim(v, 'armor-seen-moving').stance).toBe('contradicts');
  });
});

describe('quote, then rebuttal', () => {
  it('a verdict in the next paragraph ("That is wrong.") rebuts a reported claim', () => {
    const v = check(
      'Pro-government bloggers wrote last week that mechanised brigades had reached the border with Ukraine for the first time since 2022.\n\nThat is wrong. Tanks of the same brigade trained near Mazyr in 2023.',
    );
    expect(claim(v, 'mechanized-first-since-2022').stance).toBe('contradicts');
  });

  it('a disagreement with the estimate rebuts it (Russian)', () => {
    const v = check(
      'Оппозиционные аналитики подсчитали, что с 10 по 23 августа к украинской границе перебросили около 1 100 военных. Бывший штабной офицер с этой оценкой не согласен.',
    );
    expect(claim(v, '1100-troops-30-miles').stance).toBe('contradicts');
  });

  it('a rebuttal of someone else’s words is not a rebuttal of this claim', () => {
    const v = check(
      'Railway staff filmed columns of tanks heading to the border with Ukraine on 15 August. Analysts called Lukashenko’s speech an exaggeration.',
    );
    expect(claim(v, 'armor-seen-moving').stance).toBe('supports');
  });
});

describe('disputing what would support', () => {
  it('"disagree with assessments that X" contradicts X (Ukrainian)', () => {
    const v = check('Військові експерти не згодні з твердженням, що перекидання білоруських військ є лише пропагандою.');
    expect(claim(v, 'no-threat-to-ukraine').stance).toBe('contradicts');
  });

  it('the same words without the dispute support', () => {
    const v = check('Військові експерти вважають, що перекидання білоруських військ є лише пропагандою.');
    expect(claim(v, 'no-threat-to-ukraine').stance).toBe('supports');
  });

  it('a denial of Moscow’s control contradicts the compound nuclear claim (Belarusian)', () => {
    const v = check('Міністр заявіў, што ядзерная зброя ў Беларусі знаходзіцца пад поўным кантролем беларускага войска.');
    expect(claim(v, 'russian-nukes-in-belarus').stance).toBe('contradicts');
  });
});

describe('conditions and negated movement', () => {
  it('a condition clause after the statement leaves it asserted', () => {
    const v = check('A new survey found that 58% of Belarusians support sending the army into combat operations if Russia asks for help.');
    expect(claim(v, 'public-opposes-involvement').stance).toBe('contradicts');
  });

  it('a condition clause holding the statement keeps it uncertain', () => {
    const v = check('The pollster asked what would happen if a majority of Belarusians came to support joining the war.');
    expect(claim(v, 'public-opposes-involvement').stance).not.toBe('contradicts');
  });

  it('"no columns of tanks near the border" contradicts the armour sightings', () => {
    const v = check('Local journalists who drove along the frontier on 16 August saw no columns of tanks near the border with Ukraine.');
    expect(claim(v, 'armor-seen-moving').stance).toBe('contradicts');
  });
});

describe('hedged reports, hypotheticals and where the majority stands', () => {
  it('"Some channels say X" discusses X rather than supporting it', () => {
    const en = check('Some Telegram channels say that Belarusian mechanised battalions were sent to the Ukrainian border for the first time since 2022.');
    expect(claim(en, 'mechanized-first-since-2022').stance).toBe('discusses');
    const ru = check('Некоторые каналы пишут, что белорусские механизированные батальоны впервые с 2022 года выдвинулись к украинской границе.');
    expect(claim(ru, 'mechanized-first-since-2022').stance).not.toBe('supports');
  });

  it('"some 15,000 soldiers ..., officials said" is a count, not a hedge', () => {
    const v = check('Some 15,000 Belarusian soldiers were moved to the border with Ukraine between 10 and 20 August, officials said.');
    expect(claim(v, '1100-troops-30-miles').stance).toBe('contradicts');
  });

  it('a figure that would only follow from someone’s claim is not compared', () => {
    const v = check(
      'Belarus moved units to the border with Ukraine in August. Taken literally, the president’s words would mean some 16,000 soldiers, analysts noted.',
    );
    expect(claim(v, '1100-troops-30-miles').stance).not.toBe('contradicts');
  });

  it('the majority belongs to the verb next to it', () => {
    const sup = check('Polls of Belarusians show that most respondents oppose joining the war, and support for it stays below ten percent.');
    expect(claim(sup, 'public-opposes-involvement').stance).toBe('supports');
    const con = check('The August poll found that 63 percent of Belarusians support joining the war, while a quarter are against it.');
    expect(claim(con, 'public-opposes-involvement').stance).toBe('contradicts');
  });
});

describe('a figure set against a reported one', () => {
  it('"In fact ..." with another count, the sentence after a quoted estimate, contradicts it (Russian)', () => {
    const v = check('Аналитики оппозиции насчитали 1100 военных у границы с Украиной. Фактически туда перебросили не меньше семи тысяч военнослужащих.');
    expect(claim(v, '1100-troops-30-miles').stance).toBe('contradicts');
  });

  it('an upper bound far below a claimed share contradicts it (Ukrainian)', () => {
    const v = check('Лукашенко заявив, що третина армії стоїть на кордоні з Україною. Насправді там не більше двох тисяч військових.');
    expect(claim(v, 'third-of-army-to-border').stance).toBe('contradicts');
  });

  it('a later figure inside the claimed share does not', () => {
    const v = check('Lukashenko said a third of the army had moved to the southern border with Ukraine. In fact some 15,000 soldiers are there, Ukrainian officers estimate.');
    expect(claim(v, 'third-of-army-to-border').stance).not.toBe('contradicts');
  });

  it('"the true number" counts people even without a unit', () => {
    const v = check('The opposition assessment counted about 1,100 troops moved to the Ukrainian border. The border service says the true number is closer to 6,000.');
    expect(claim(v, '1100-troops-30-miles').stance).toBe('contradicts');
  });

  it('a distributive count far from "each" is still per unit', () => {
    const v = check('Each of the four Belarusian companies sent to the border with Ukraine in August has roughly 150 soldiers.');
    expect(claim(v, '1100-troops-30-miles').stance).not.toBe('contradicts');
  });
});

describe('more cue words', () => {
  it('"X disagrees:" is a rebuttal, not a hedge', () => {
    const v = check('Muzyka wrote that Belarus would need mobilisation to mount any offensive. Ukrainian intelligence disagrees: the current force is enough for a limited offensive.');
    expect(claim(v, 'offensive-needs-mobilization').stance).toBe('contradicts');
  });

  it('"analysts disagree" is still a hedge', () => {
    const v = check('Analysts disagree about whether mechanised units reached the Belarusian border with Ukraine for the first time since 2022.');
    expect(claim(v, 'mechanized-first-since-2022').stance).not.toBe('supports');
  });

  it('"toward Gomel" names the direction: a denial of it contradicts the order', () => {
    const v = check('Ukrainian border guards said on 11 August that no Belarusian troops had been sent toward Gomel.');
    expect(claim(v, 'gomel-mazyr-directions').stance).toBe('contradicts');
  });

  it('"filmed two years ago" dates the footage before the claim (Russian)', () => {
    const v = check('Фактчекеры установили, что ролики с белорусскими танками у границы сняты два года назад.');
    expect(claim(v, 'armor-seen-moving').stance).toBe('contradicts');
  });
});

describe('what is not a contradiction', () => {
  it('a denial of something else after a statement is no rebuttal of it', () => {
    const v = check('Lukashenko said a third of the army had moved to the southern border with Ukraine. Kyiv denied it was preparing an attack on Belarus.');
    expect(claim(v, 'third-of-army-to-border').stance).toBe('supports');
  });

  it('"did not deny" is no denial', () => {
    const v = check('Residents posted footage of Belarusian tanks moving toward the border; the ministry did not deny the videos.');
    expect(claim(v, 'armor-seen-moving').stance).not.toBe('contradicts');
  });

  it('the size of a whole army is not a deployment figure', () => {
    const v = check('Belarus moved about 1,100 troops to the Ukrainian border in August. The Belarusian army has about 48,000 soldiers in total.');
    expect(claim(v, '1100-troops-30-miles').stance).toBe('supports');
  });
});

describe('attributive hedges', () => {
  it('"videos allegedly showing X were old" contradicts X: the hedge marks the claim, not the finding', () => {
    const en = check('Videos purportedly showing Belarusian tanks heading to the Ukrainian border were old, fact-checkers found.');
    expect(claim(en, 'armor-seen-moving').stance).toBe('contradicts');
    const ru = check('Беларусь перебросила войска к границе с Украиной. Ролик с белорусскими танками, которые якобы идут к границе, оказался старым: его сняли в 2021 году.');
    expect(claim(ru, 'armor-seen-moving').stance).toBe('contradicts');
  });

  it('"allegedly" after the words still hedges them', () => {
    const v = check('Belarusian tanks were allegedly filmed heading to the border with Ukraine on 14 August.');
    expect(claim(v, 'armor-seen-moving').stance).not.toBe('supports');
  });
});

describe('"in reality" rebuttals', () => {
  it('"In reality, only ... were sent there" rebuts a reported share (en, be)', () => {
    const en = check('Minsk said a third of the army had moved to the southern border. In reality, only two battalions were sent there, satellite images show.');
    expect(claim(en, 'third-of-army-to-border').stance).toBe('contradicts');
    const be = check('Лукашэнка сказаў, што трэць арміі стаіць на паўднёвай мяжы. Насамрэч туды накіравалі толькі некалькі рот.');
    expect(claim(be, 'third-of-army-to-border').stance).toBe('contradicts');
  });

  it('"in fact" with an agreeing figure is no rebuttal', () => {
    const v = check('Lukashenko said a third of the army had moved to the southern border. In fact, only a third of the army could be moved so fast, experts said.');
    expect(claim(v, 'third-of-army-to-border').stance).not.toBe('contradicts');
  });
});

describe('more rebuttals', () => {
  it('"called it a bluff" rebuts (Russian)', () => {
    const v = check('Лукашенко заявил, что треть армии стоит на границе с Украиной. В Киеве назвали это заявление блефом.');
    expect(claim(v, 'third-of-army-to-border').stance).toBe('contradicts');
  });

  it('"saw no such movement" points back by itself', () => {
    const v = check('Khrenin said Lukashenko had ordered troops toward Gomel and Mazyr. Ukrainian officials said they saw no such movement.');
    expect(claim(v, 'gomel-mazyr-directions').stance).toBe('contradicts');
  });

  it('a negation of the statement’s own words next to a word of this claim rebuts it', () => {
    const v = check('Khrenin said troops were being moved toward Gomel and Mazyr. Residents reported no movement of soldiers toward Gomel that week.');
    expect(claim(v, 'gomel-mazyr-directions').stance).toBe('contradicts');
  });

  it('a negated generic word (no large build-up) does not rebut a specific count', () => {
    const v = check('The opposition counted about 1,100 Belarusian soldiers moved to the Ukrainian border. Ukraine says it sees no large build-up.');
    expect(claim(v, '1100-troops-30-miles').stance).not.toBe('contradicts');
  });

  it('calling videos fake contradicts them even with "allegedly" describing them (Belarusian)', () => {
    const v = check('Міністэрства абароны назвала фэйкам відэа з беларускімі танкамі, якія нібыта рухаюцца да мяжы з Украінай.');
    expect(claim(v, 'armor-seen-moving').stance).toBe('contradicts');
  });
});

describe('disagreement with a claim of an absence', () => {
  it('"X disagrees." after a statement of "no threat" contradicts it', () => {
    const v = check('The opposition analysis says the Belarusian troops moved to the border pose no threat to Ukraine and serve propaganda. Ukrainian intelligence disagrees.');
    expect(claim(v, 'no-threat-to-ukraine').stance).toBe('contradicts');
  });

  it('a denial after it agrees with it', () => {
    const v = check('Opposition analysts call the Belarusian deployment propaganda. Minsk denied that its troops threaten Ukraine.');
    expect(claim(v, 'no-threat-to-ukraine').stance).not.toBe('contradicts');
  });

  it('"other experts disagree" is a debate (Russian)', () => {
    const v = check('Конрад Музыка написал, что для наступления Беларуси нужна мобилизация. Другие эксперты с ним не согласны.');
    expect(claim(v, 'offensive-needs-mobilization').stance).not.toBe('contradicts');
  });
});

describe('who acts: more', () => {
  it('a troop count sent by another capital is theirs', () => {
    const v = check('Belarus moved units to the border with Ukraine in August. Warsaw, for its part, sent 5,000 soldiers to the Belarusian frontier.');
    expect(claim(v, '1100-troops-30-miles').stance).not.toBe('contradicts');
  });

  it('"Ukraine warns Belarus is preparing an attack": the warning is Ukraine’s, the attack Belarus’s', () => {
    const v = check('Ukraine warns Belarus is preparing an attack from the north.');
    expect(claim(v, 'no-threat-to-ukraine').stance).toBe('contradicts');
  });
});

describe('negated support', () => {
  it('"nothing approaching a mass movement" neither states nor denies the movement', () => {
    const v = check('Videos posted by residents show a few Belarusian armoured vehicles but nothing approaching a mass movement of tanks toward the border with Ukraine.');
    expect(claim(v, 'armor-seen-moving').stance).not.toBe('supports');
    expect(claim(v, 'armor-seen-moving').stance).not.toBe('contradicts');
  });
});

describe('dates', () => {
  it('"This August" dates a sentence itself, so an earlier year in the paragraph is not inherited', () => {
    const v = check('In 2023 it was the arrival of Wagner fighters. This August Kyiv warned Minsk against making "tragic mistakes" at the border.', { publishedAt: '2024-08-29' });
    expect(claim(v, 'kyiv-warns-minsk').stance).toBe('supports');
  });
});

describe('parts of a force', () => {
  it('"300 of them are within 10 km" gives the part’s figures, not the force’s (en, ru)', () => {
    const en = check('The opposition counted 1,100 Belarusian soldiers at the border with Ukraine. Only 300 of them are within 10 km of the border.');
    expect(claim(en, '1100-troops-30-miles').stance).toBe('supports');
    const ru = check('Оппозиция насчитала 1100 белорусских военных у границы с Украиной. Лишь 300 из них находятся ближе 10 км от границы.');
    expect(claim(ru, '1100-troops-30-miles').stance).toBe('supports');
  });
});

describe('disputes in four languages', () => {
  it('"contrary to claims" before a small figure contradicts the claimed share (uk, be)', () => {
    const uk = check('Всупереч заявам Лукашенка, до кордону з Україною перекинули лише кілька тисяч військових.');
    expect(claim(uk, 'third-of-army-to-border').stance).toBe('contradicts');
    const be = check('Насуперак заявам Лукашэнкі, да мяжы з Украінай перакінулі толькі некалькі тысяч вайскоўцаў.');
    expect(claim(be, 'third-of-army-to-border').stance).toBe('contradicts');
  });

  it('"не согласны с тем, что X" contradicts X; "согласны" supports it', () => {
    expect(claim(check('Эксперты не согласны с тем, что переброска белорусских войск — лишь пропаганда.'), 'no-threat-to-ukraine').stance).toBe('contradicts');
    expect(claim(check('Эксперты согласны с тем, что переброска белорусских войск — лишь пропаганда.'), 'no-threat-to-ukraine').stance).toBe('supports');
  });

  it('"few dispute that X" is no dispute', () => {
    const v = check('Few analysts dispute that the deployment of Belarusian troops is a political signal.');
    expect(claim(v, 'no-threat-to-ukraine').stance).not.toBe('contradicts');
  });
});

describe('war-role and invasion wording', () => {
  const ctx = 'Belarus moved troops to the border with Ukraine in August.\n\n';

  it('"воюють на боці Росії" contradicts no direct role (Ukrainian)', () => {
    const v = check(`${ctx}Білоруські військові воюють на боці Росії в Україні, стверджують у розвідці.`);
    expect(claim(v, 'no-direct-war-role').stance).toBe('contradicts');
  });

  it('"have not taken part in the war" supports it', () => {
    const v = check(`${ctx}Belarusian troops have not taken part in the war against Ukraine, officials in Minsk insist.`);
    expect(claim(v, 'no-direct-war-role').stance).toBe('supports');
  });

  it('"Україна планує напад на Білорусь" contradicts the "no evidence of a plan" part', () => {
    const v = check(`${ctx}Україна планує напад на Білорусь, заявили в Мінську.`);
    expect(claim(v, 'tumar-fight-invasion').stance).toBe('contradicts');
  });

  it('negative concord: "не привели никаких доказательств, что Киев готовит нападение" supports it', () => {
    const v = check(`${ctx}Генерал не привел никаких доказательств того, что Киев готовит нападение на Беларусь.`);
    expect(claim(v, 'tumar-fight-invasion').stance).not.toBe('contradicts');
  });
});
