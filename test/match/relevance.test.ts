import { describe, expect, it } from 'vitest';
import { check } from './seeded-matcher.ts';

describe('relevance', () => {
  it.each([
    ['hockey', 'Belarus edges Latvia 3-2', "Belarus's defence held firm at the border of the rink in the third period as the national team beat Latvia 3-2 in Minsk. The defencemen blocked 20 shots, and the coach praised the power play. Lukashenko congratulated the players."],
    ['potash', 'Potash exports rise', 'Lukashenko ordered Belaruskali to raise potash exports to China through Russian ports. The economy grew 4 percent in the first half, officials said, and fertiliser prices recovered.'],
    ['truck queue', 'Trucks wait at Polish border', 'More than 1,000 trucks are queuing at the Belarusian-Polish border near Brest, the State Border Committee of Belarus said. Drivers wait up to 30 hours at the Kozlovichi checkpoint.'],
    ['1944 history', 'Operation Bagration at 80', 'In June 1944 Soviet troops launched Operation Bagration in Belarus. The Red Army crossed the front near Gomel and Mozyr and pushed the Wehrmacht west. More than 400,000 soldiers took part in 1944.'],
    ['Minsk agreements', 'Ten years of the Minsk agreements', 'The Minsk agreements were signed in 2015 to end the fighting in Donbas. Russian troops and separatist forces never withdrew, and the accords collapsed in 2022.'],
    ['front far from Belarus', 'Fighting near Pokrovsk', 'Russian troops pressed their offensive near Pokrovsk in the Donetsk region, Ukraine said. Ukrainian forces repelled 40 attacks.'],
  ])('the %s story is not relevant', (_name, title, text) => {
    const v = check(text, { title });
    expect(v.relevance.relevant).toBe(false);
    expect(v.relevance.reasons.length).toBeGreaterThan(0);
    expect(v.claims.every((c) => c.stance === 'unrelated')).toBe(true);
    expect(v.newFacts).toEqual([]);
  });

  it.each([
    ['en', 'Belarus moves troops south', 'Belarus has moved additional troops and armour to its border with Ukraine, the defence ministry said, citing the fighting in the Kursk region.'],
    ['ru', 'Беларусь перебросила войска', 'Минобороны Беларуси сообщило, что к границе с Украиной переброшены дополнительные подразделения и техника.'],
    ['be', 'Войскі на поўдні', 'Міністэрства абароны Беларусі паведаміла, што да мяжы з Украінай перакінуты дадатковыя падраздзяленні.'],
    ['uk', 'Білорусь перекинула війська', 'Білорусь перекинула до кордону з Україною додаткові підрозділи, повідомили в ДПСУ.'],
  ])('a report of Belarusian forces near the Ukrainian border is relevant (%s)', (_lang, title, text) => {
    const v = check(text, { title });
    expect(v.relevance.relevant).toBe(true);
    expect(v.relevance.score).toBeGreaterThanOrEqual(0.5);
  });

  it('an article that states a claim is relevant even without a deployment sentence', () => {
    const v = check('Russian tactical nuclear weapons remain stationed in Belarus under Moscow’s control, officials in Minsk confirmed.', { title: 'Nuclear weapons stay' });
    expect(v.relevance.relevant).toBe(true);
  });
});
