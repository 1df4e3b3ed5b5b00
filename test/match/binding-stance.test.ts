import { describe, expect, it } from 'vitest';
import { check, claim } from './seeded-matcher.ts';

// Numbers compared with a claim only when they measure the claim's own quantity. Sentences written for this test.

describe('the strength of the whole force is not a deployment count', () => {
  it.each([
    'Belarus keeps roughly 47,000 active-duty soldiers under arms, a defence almanac says, and in August some of them moved toward the Ukrainian border.',
    'The Belarusian army, a total of about 60,000 troops with the reserve, sent units to the border with Ukraine this month.',
    'Белорусская армия, по данным справочника, насчитывает около 45 тысяч военнослужащих; часть из них в августе перебросили к границе с Украиной.',
    // the men on active service after the count, and the army equated with a count by a dash
    'In August Belarusian units moved to the border with Ukraine; Minsk has some 46,000 soldiers on active duty in all.',
    'В августе белорусские подразделения выдвинулись к границе с Украиной, а у Минска около 47 тысяч солдат на действительной службе.',
    'В августе белорусские подразделения выдвинулись к границе с Украиной, хотя вся белорусская армия — это, по справочникам, около 45 тысяч военнослужащих.',
    'У серпні білоруські підрозділи висунулися до кордону з Україною, хоча вся білоруська армія — це, за довідниками, близько 45 тисяч військовослужбовців.',
    'У жніўні беларускія падраздзяленні высунуліся да мяжы з Украінай, хоць уся беларуская армія — гэта, паводле даведнікаў, каля 45 тысяч вайскоўцаў.',
  ])('"%s"', (text) => {
    expect(claim(check(text), '1100-troops-30-miles').stance).not.toBe('contradicts');
  });

  it('a deployed count still contradicts', () => {
    const v = check('Monitors counted about 6,000 Belarusian soldiers moved to the border with Ukraine in mid-August.');
    expect(claim(v, '1100-troops-30-miles').stance).toBe('contradicts');
  });

  it('a deployed count after a dash that follows no army still contradicts', () => {
    const v = check('Белорусская группировка у границы с Украиной — это, по данным разведки, около 6 тысяч военнослужащих, переброшенных в середине августа.');
    expect(claim(v, '1100-troops-30-miles').stance).toBe('contradicts');
  });
});

describe('a date is not a count', () => {
  it.each([
    'The defence ministry said on 14 August that troops were heading toward the border with Ukraine near Gomel.',
    'Минобороны 14 августа сообщило, что войска направляются к границе с Украиной под Гомелем.',
  ])('"%s"', (text) => {
    expect(claim(check(text), '1100-troops-30-miles').stance).not.toBe('contradicts');
  });
});

describe('a distance where a task is done is not where the force stands', () => {
  it.each([
    'Ukrainian officers said Belarusian sappers were laying anti-tank mines roughly 1 km from the border with Ukraine.',
    'По словам украинских пограничников, белорусские сапёры минируют поля примерно в 2 км от границы с Украиной.',
    'Belarusian army builders have been constructing new bunkers, in full view of Ukrainian patrols, about 4 km from the border with Ukraine.',
  ])('"%s"', (text) => {
    expect(claim(check(text), '1100-troops-30-miles').stance).not.toBe('contradicts');
  });

  it.each([
    'Ukraine’s border service said the Belarusian battalions sent south are stationed about 6 km from the border.',
    'По данным ГПСУ, переброшенные белорусские батальоны находятся примерно в 6 км от границы с Украиной.',
  ])('where the force stands still contradicts: "%s"', (text) => {
    expect(claim(check(text), '1100-troops-30-miles').stance).toBe('contradicts');
  });
});

describe('a poll share is not a share of the army', () => {
  it.each([
    'In the state pollster’s August survey, 71% of respondents approved of sending troops to the southern border with Ukraine.',
    'По данным государственного опроса, 71% опрошенных одобрили переброску войск к южной границе с Украиной.',
  ])('"%s"', (text) => {
    expect(claim(check(text), 'third-of-army-to-border').stance).not.toBe('contradicts');
  });
});

describe('a small share of "the force" answers a third of the army', () => {
  it('contradicts', () => {
    const v = check('Satellite counts show some 1,300 soldiers moved toward the southern border with Ukraine, under 3 per cent of the force.');
    expect(claim(v, 'third-of-army-to-border').stance).toBe('contradicts');
  });
});

describe('an arrival is a movement in English as in ru/be/uk', () => {
  it.each([
    'By the officers’ count, some 4,500 Belarusian soldiers arrived in the southern districts in the second half of August.',
    'По подсчётам офицеров, во второй половине августа в южные районы прибыли около 4500 белорусских военных.',
  ])('"%s" contradicts 1,100 troops', (text) => {
    expect(claim(check(text), '1100-troops-30-miles').stance).toBe('contradicts');
  });
});
