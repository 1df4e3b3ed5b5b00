import { describe, expect, it } from 'vitest';
import { check, claim } from './seeded-matcher.ts';

// Footage that was already online before the claim's period ("the clip was uploaded in March 2022") cannot show
// the claimed movement: it contradicts the claim as footage filmed earlier does. Footage put online within the
// period, or with no date, does not. Sentences written for this test.

describe('footage put online before the period contradicts the armour claim', () => {
  it.each([
    'The most shared video of Belarusian tanks heading south was in fact uploaded to a hobbyist channel in March 2022.',
    'A reverse search found the photos of the tank column had first appeared online in the spring of 2021.',
    'Видео с колонной белорусских танков было выложено в сеть ещё в марте 2022 года.',
    'Відэа з калонай беларускіх танкаў было апублікавана яшчэ ў сакавіку 2022 года.',
    'Відео з колоною білоруських танків було опубліковане ще в березні 2022 року.',
  ])('"%s" contradicts it', (text) => {
    expect(claim(check(text), 'armor-seen-moving').stance).toBe('contradicts');
  });
});

describe('footage put online within the period, or undated, does not', () => {
  it.each([
    'Videos of Belarusian tanks moving toward the border were posted on Telegram on 12 August 2024.',
    'Russian outlets published a video of Belarusian tanks heading toward the Ukrainian border.',
    'Видео с белорусскими танками, идущими к границе, опубликовано 12 августа 2024 года.',
  ])('"%s" does not contradict it', (text) => {
    expect(claim(check(text), 'armor-seen-moving').stance).not.toBe('contradicts');
  });
});

// A date in another clause of the sentence dates something else, not the footage. Sentences written for this test.
describe('an earlier date of another clause does not date the footage', () => {
  it.each([
    'In a video published by the Belarusian defence ministry, tanks roll south, towards the spot where border guards were reinforced on 2 August.',
    'Footage of Belarusian tanks heading to the border was posted by the defence ministry, which had first announced the drills in March 2023.',
    'Видео с белорусскими танками у границы опубликовано министерством обороны, которое объявило о проверке ещё в марте 2023 года.',
  ])('"%s" does not contradict it', (text) => {
    expect(claim(check(text), 'armor-seen-moving').stance).not.toBe('contradicts');
  });
});
