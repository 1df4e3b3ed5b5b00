import { describe, expect, it } from 'vitest';
import { check, claim } from './seeded-matcher.ts';

// Verbs of sending in ru/be/uk come in two aspects: the imperfective ("направлялись", "накіроўваліся",
// "направлялися", "спрямовували") is as much a movement as the perfective ("направил", "накіраваў"), and
// negated it denies the movement. English has one form ("were sent", "were heading"). Sentences written for this test.

describe('a negated imperfective verb of sending denies the movement', () => {
  it.each([
    'Volunteers who watch the roads say that, whatever Khrenin announced, no troops were heading toward the Gomel direction all month.',
    'По данным наблюдателей, на гомельское направление войска так и не направлялись.',
    'Паводле назіральнікаў, на гомельскі кірунак войскі так і не накіроўваліся за ўвесь месяц.',
    'За даними спостерігачів, на гомельський напрямок війська так і не направлялися.',
  ])('"%s" contradicts the Gomel/Mazyr order', (text) => {
    expect(claim(check(text), 'gomel-mazyr-directions').stance).toBe('contradicts');
  });
});

describe('the same verbs, affirmative, state the movement', () => {
  it.each([
    'Подразделения направлялись на гомельское и мозырское направления всю неделю.',
    'Падраздзяленні накіроўваліся на гомельскі і мазырскі кірункі ўвесь тыдзень.',
    'Підрозділи спрямовували на гомельський і мозирський напрямки весь тиждень.',
  ])('"%s" supports it', (text) => {
    expect(claim(check(text), 'gomel-mazyr-directions').stance).toBe('supports');
  });
});
