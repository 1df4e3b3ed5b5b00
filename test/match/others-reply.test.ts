import { describe, expect, it } from 'vitest';
import { check, claim } from './seeded-matcher.ts';

// "Some channels say X. Others recall Y.": a sentence that opens with "others" right after one reporting what
// some say is the second voice of a debate, not a finding, as "some say ..., others ..." in one sentence is.
// Sentences written for this test.

describe('the second voice of a two-sentence debate only discusses', () => {
  it.each([
    'Some channels claim the mechanised units came to the border for the first time since 2022. Others point out that mechanised battalions already rotated through Gomel in 2023.',
    'Некоторые каналы утверждают, что механизированные части пришли к границе впервые с 2022 года. Другие аналитики напоминают, что механизированные батальоны уже стояли под Гомелем в 2023 году.',
    'Деякі канали стверджують, що механізовані частини прийшли до кордону вперше з 2022 року. Інші аналітики нагадують, що механізовані батальйони вже стояли біля Гомеля у 2023 році.',
  ])('"%s" does not contradict mechanized-first-since-2022', (text) => {
    expect(claim(check(text), 'mechanized-first-since-2022').stance).toBe('discusses');
  });
});

describe('without "some say" before it, the finding stands', () => {
  it('"Analysts point out ... already in 2023" contradicts it', () => {
    const text = 'The ministry published no figures. Analysts point out that mechanised battalions already rotated through Gomel in 2023.';
    expect(claim(check(text), 'mechanized-first-since-2022').stance).toBe('contradicts');
  });
});
