import { describe, expect, it } from 'vitest';
import { check, stances } from './seeded-matcher.ts';

// One sentence per claim and side, in four languages, worded unlike the corpus: the rules must generalise.
const cases: [string, string, Record<string, string>][] = [
  ['gomel-never', 'No order to send troops toward Gomel or Mazyr was ever issued, the Belarusian defence ministry said, contradicting earlier reports.', { 'gomel-mazyr-directions': 'contradicts' }],
  ['gomel-ru-no', 'Министерство обороны Беларуси опровергло сообщения о выдвижении войск на гомельское направление.', { 'gomel-mazyr-directions': 'contradicts' }],
  ['third-uk-contra', 'Лукашенко стверджує, що на кордоні третина армії, але супутникові знімки показують лише кілька сотень військових.', { 'third-of-army-to-border': 'contradicts' }],
  ['third-be-support', 'Лукашэнка заявіў, што на паўднёвую мяжу перакінута трэць беларускай арміі.', { 'third-of-army-to-border': 'supports' }],
  ['mech-ru-support', 'Впервые с 2022 года к украинской границе перебросили механизированные подразделения, отмечают аналитики.', { 'mechanized-first-since-2022': 'supports' }],
  ['mech-en-contra', 'Mechanised battalions had already rotated through the border area in spring 2023, records show.', { 'mechanized-first-since-2022': 'contradicts' }],
  ['threat-uk-support', 'Опозиція вважає, що перекинуті до кордону білоруські війська не становлять загрози для України, це пропаганда.', { 'no-threat-to-ukraine': 'supports' }],
  ['threat-en-contra', 'Ukrainian commanders warn that the Belarusian grouping at the border poses a serious threat to Kyiv.', { 'no-threat-to-ukraine': 'contradicts' }],
  ['mob-be-support', 'Канрад Музыка з Rochan Consulting піша, што без мабілізацыі беларускае войска не здольнае на наступ.', { 'offensive-needs-mobilization': 'supports' }],
  ['mob-en-contra', 'Belarus already has enough troops for an offensive without mobilisation, a Ukrainian general argued.', { 'offensive-needs-mobilization': 'contradicts' }],
  ['tumar-ru-support', 'Замначальника Генштаба Виктор Тумар заявил, что белорусы будут воевать в случае вторжения Украины.', { 'tumar-fight-invasion': 'supports' }],
  ['tumar-uk-contra', 'Білоруське телебачення стверджує, що Київ планує вторгнення в Білорусь.', { 'tumar-fight-invasion': 'contradicts' }],
  ['armor-ru-contra', 'Фактчекеры выяснили, что видео с танками у границы сняты в 2022 году в России.', { 'armor-seen-moving': 'contradicts' }],
  ['armor-be-support', 'Карыстальнікі сацсетак выклалі відэа, на якіх беларускія танкі і БТР рухаюцца да мяжы з Украінай.', { 'armor-seen-moving': 'supports' }],
  ['nukes-en-contra', 'Russia has taken its nuclear warheads back out of Belarus, according to satellite analysts.', { 'russian-nukes-in-belarus': 'contradicts' }],
  ['nukes-uk-support', 'Російська тактична ядерна зброя розміщена в Білорусі, але контроль над нею залишається в Москви.', { 'russian-nukes-in-belarus': 'supports' }],
  ['direct-ru-contra', 'Белорусские военные перешли границу и вошли в Украину в районе Чернигова, сообщил Генштаб ВСУ.', { 'no-direct-war-role': 'contradicts' }],
  ['direct-en-support', 'Lukashenko has kept his army out of the fighting, although Russian troops used Belarus as a launch pad in 2022.', { 'no-direct-war-role': 'supports' }],
  ['poll-ru-contra', 'По данным опроса, большинство белорусов поддерживают участие армии в войне на стороне России.', { 'public-opposes-involvement': 'contradicts' }],
  ['poll-uk-support', 'Опитування показують, що більшість білорусів проти участі у війні.', { 'public-opposes-involvement': 'supports' }],
  ['warn-en-support', 'Ukraine’s foreign ministry warned Minsk against making tragic mistakes at the border.', { 'kyiv-warns-minsk': 'supports' }],
  ['1100-be-contra', 'Паводле ацэнкі, Беларусь перакінула да мяжы не 1 100, а каля 6 тысяч вайскоўцаў.', { '1100-troops-30-miles': 'contradicts' }],
  ['1100-en-dist', 'The opposition estimate puts the 1,100 soldiers only about 3 miles from the Ukrainian border, not 30.', { '1100-troops-30-miles': 'contradicts' }],
];

describe('stances in other words', () => {
  it.each(cases)('%s', (_name, text, want) => {
    expect(stances(check(text))).toMatchObject(want);
  });
});
