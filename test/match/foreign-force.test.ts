import { describe, expect, it } from 'vitest';
import { check, claim } from './seeded-matcher.ts';

// "Russian troops went into the war from Belarusian soil": the fighting force belongs to another country, named
// right before it, and Belarus stands only as the place they came from. That is no Belarusian role in the fighting.
// Belarus's own troops still are. Sentences written for this test.

describe('another country’s troops, with the subject only as a place, do not contradict the no-direct-role claim', () => {
  it.each([
    'In the first weeks of the invasion, Russian troops joined the fighting near Kyiv after crossing from Belarusian territory.',
    'Russian soldiers entered Ukraine through Belarus in 2022, officials in Kyiv recalled.',
    'Российские войска вошли в Украину с белорусской территории, напомнили в Киеве.',
    'Расійскія войскі увайшлі ва Украіну з беларускай тэрыторыі, нагадалі ў Кіеве.',
    'Російські війська увійшли в Україну з білоруської території, нагадали в Києві.',
  ])('"%s" does not contradict no-direct-war-role', (text) => {
    expect(claim(check(text), 'no-direct-war-role').stance).not.toBe('contradicts');
  });
});

describe('Belarus’s own troops in the fighting still contradict it', () => {
  it.each([
    'Belarusian troops joined the fighting near Kursk alongside Russian units this month.',
    'Белорусские войска вошли в Украину вместе с российскими частями, сообщили в Киеве.',
  ])('"%s" contradicts it', (text) => {
    expect(claim(check(text), 'no-direct-war-role').stance).toBe('contradicts');
  });
});
