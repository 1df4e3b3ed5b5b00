import { describe, expect, it } from 'vitest';
import { check, claim } from './seeded-matcher.ts';

// Ordinary words of the war in the three Cyrillic languages: the Kremlin's "special military operation" names the
// war, special-forces soldiers ("спецназовцы") are troops, and "fighting against the AFU", "entered Ukrainian
// territory" or "в войну вступила" (the verb after its object) say that Belarus joined the fighting.
// Sentences written for this test.

describe('a poll majority backing the "special military operation" contradicts the opposition finding', () => {
  it.each([
    'Как показал летний опрос, 61 процент белорусов поддерживают участие страны в специальной военной операции.',
    'Паводле летняга апытання, 61 працэнт беларусаў падтрымліваюць удзел краіны ў спецыяльнай ваеннай аперацыі.',
    'За даними літнього опитування, 61 відсоток білорусів підтримують участь країни у спеціальній військовій операції.',
  ])('"%s"', (text) => {
    expect(claim(check(text), 'public-opposes-involvement').stance).toBe('contradicts');
  });
});

describe('Belarusian special forces fighting the Ukrainian army contradict "no direct role"', () => {
  it.each([
    'По словам источника, белорусские спецназовцы воюют против ВСУ под Сумами уже вторую неделю.',
    'Паводле крыніцы, беларускія спецназаўцы ваююць супраць ЗСУ пад Сумамі ўжо другі тыдзень.',
    'За словами джерела, білоруські спецназівці воюють проти ЗСУ під Сумами вже другий тиждень.',
    'Пишут, что белорусские спецназовцы заходили на территорию Украины под Сумами.',
    'Провластный канал утверждает, что белорусская армия в войну вступила ещё весной.',
  ])('"%s"', (text) => {
    expect(claim(check(text), 'no-direct-war-role').stance).toBe('contradicts');
  });
});
