import { describe, expect, it } from 'vitest';
import { check, claim } from './seeded-matcher.ts';

// "Разошлись" is a hedge only when estimates or opinions diverge ("оценки разошлись", "расходятся во мнениях");
// videos or posts that "разошлись по сети" have spread, which doubts nothing. Sentences written for this test.

describe('videos that spread do not hedge the sentence', () => {
  it.each([
    'Министр обороны Хренин сообщил, что войска усиливают гомельское и мозырское направления, и в сети сразу разошлись ролики с колоннами.',
    'Министр обороны Хренин сообщил, что войска усиливают гомельское и мозырское направления; видео с колоннами расходятся по чатам.',
  ])('"%s" supports gomel-mazyr-directions', (text) => {
    expect(claim(check(text), 'gomel-mazyr-directions').stance).toBe('supports');
  });
});

describe('estimates and opinions that diverge still hedge it', () => {
  it.each([
    'Министр обороны Хренин сообщил, что войска усиливают гомельское и мозырское направления, но оценки разошлись.',
    'Министр обороны Хренин сообщил, что войска усиливают гомельское и мозырское направления; эксперты расходятся во мнениях.',
    'Міністр оборони Хренін повідомив, що війська посилюють гомельський і мозирський напрямки, але оцінки розходяться.',
    'Міністр абароны Хрэнін паведаміў, што войскі ўзмацняюць гомельскі і мазырскі напрамкі, але ацэнкі разыходзяцца.',
  ])('"%s" only discusses it', (text) => {
    expect(claim(check(text), 'gomel-mazyr-directions').stance).toBe('discusses');
  });
});
