import { describe, expect, it } from 'vitest';
import { check, claim } from './seeded-matcher.ts';

// A contradiction needs the claim's own core, not one shared word; a figure under a negation is denied, not
// reported; "confirm or deny" is neither. Sentences written for this test.

describe('a negation of shared words is not a contradiction without the claim’s core', () => {
  it.each([
    'Two years on, no Belarusian unit has been ordered into Ukrainian territory, a Western diplomat noted.',
    'Ни один белорусский батальон так и не получил приказа пересечь границу с Украиной, отмечает аналитик.',
    'Жоден білоруський батальйон так і не отримав наказу перетнути кордон з Україною, зазначає аналітик.',
  ])('"%s" does not contradict the order toward Gomel and Mazyr', (text) => {
    expect(claim(check(text), 'gomel-mazyr-directions').stance).not.toBe('contradicts');
  });

  it.each([
    'Khrenin’s ministry now says no troops were ordered toward Gomel or Mazyr at all.',
    'В Минобороны теперь утверждают, что никаких войск к Гомелю и Мозырю не направляли и приказа не было.',
  ])('with the claim’s place or actor it still does: "%s"', (text) => {
    expect(claim(check(text), 'gomel-mazyr-directions').stance).toBe('contradicts');
  });
});

describe('a figure under a negation is denied, not reported', () => {
  it.each([
    'Our analysts found no evidence of a force anywhere close to 12,000 soldiers near the border with Ukraine.',
    'Nothing on the imagery looks like 9,000 Belarusian troops at the border with Ukraine.',
    'Ничего похожего на 10 тысяч военных у границы с Украиной спутниковые снимки не показывают.',
  ])('"%s" does not contradict 1,100 troops', (text) => {
    expect(claim(check(text), '1100-troops-30-miles').stance).not.toBe('contradicts');
  });

  it.each([
    'Ukraine’s border service says Belarus moved no more than 300 soldiers to the border with Ukraine in August.',
    'Kyiv says it was not 1,100 but roughly 7,000 Belarusian troops that were moved to the border with Ukraine.',
  ])('a bound or a correction after "not ... but" still contradicts: "%s"', (text) => {
    expect(claim(check(text), '1100-troops-30-miles').stance).toBe('contradicts');
  });
});

describe('"confirm or deny" is no denial', () => {
  it.each([
    'Nobody can yet confirm or deny that the clips of tanks heading to the border with Ukraine were filmed this month.',
    'Подтвердить или опровергнуть, что видео с танками у границы с Украиной сняты в августе, пока невозможно.',
    'Підтвердити чи спростувати, що відео з танками біля кордону з Україною зняті в серпні, поки неможливо.',
  ])('"%s"', (text) => {
    expect(claim(check(text), 'armor-seen-moving').stance).not.toBe('contradicts');
  });

  it('a plain denial of the clips still contradicts', () => {
    const v = check('The defence ministry denied that the clips of tanks heading to the border with Ukraine were recent.');
    expect(claim(v, 'armor-seen-moving').stance).toBe('contradicts');
  });
});
