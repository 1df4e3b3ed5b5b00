import { describe, expect, it } from 'vitest';
import { check, claim } from './seeded-matcher.ts';

// Interviews and briefings: a statement of a claim, a short question on it ("Do you agree?", "Is that so?") and a
// reply that opens with a bare "No" deny it. Sentences written for this test.

describe('a reply of "No" to a question on a statement denies it', () => {
  it.each([
    'PRESENTER: Minsk says a third of the Belarusian army has been deployed to the border with Ukraine. Is that what your patrols report?\n\nMAJOR KOVAL: No. We count far fewer people than that.',
    'Ведущий: Лукашенко говорит, что треть армии стоит у границы с Украиной. Это так?\n\nГость: Нет, и мы это видим каждый день.',
    'Вядучы: Лукашэнка кажа, што трэць арміі стаіць ля мяжы з Украінай. Гэта так?\n\nГосць: Не, мы бачым іншае.',
    'Ведучий: Лукашенко каже, що третина армії стоїть біля кордону з Україною. Це так?\n\nГість: Ні, ми бачимо інше.',
  ])('"%s" contradicts the third-of-the-army claim', (text) => {
    expect(claim(check(text), 'third-of-army-to-border').stance).toBe('contradicts');
  });

  it('a "No" to "Do you agree?" after a claim of an absence disputes it too', () => {
    const text =
      'HOST: Rochan Consulting’s Konrad Muzyka argues Belarus would need to mobilise reservists before any offensive. Do you agree?\n\nGUEST: No, not any more.';
    expect(claim(check(text), 'offensive-needs-mobilization').stance).toBe('contradicts');
  });

  it.each([
    // a "no" that opens a noun phrase is no reply
    'HOST: Minsk says a third of the Belarusian army has been deployed to the border with Ukraine. Is that what your patrols report?\n\nGUEST: No doubt the build-up is large.',
    // a long question asks something of its own
    'HOST: Minsk says a third of the Belarusian army has been deployed to the border with Ukraine. Will the schools in the border villages of the Chernihiv region open as usual on the first of September this year?\n\nGUEST: No, they will teach online.',
    // no question before the reply
    'HOST: Minsk says a third of the Belarusian army has been deployed to the border with Ukraine.\n\nGUEST: No. That is exactly what we see.',
  ])('"%s" does not contradict it', (text) => {
    expect(claim(check(text), 'third-of-army-to-border').stance).not.toBe('contradicts');
  });
});

describe('a "No" after a short courtesy, or an echoed negative answer, denies it too', () => {
  it.each([
    'HOST: Rochan Consulting’s Konrad Muzyka argues Belarus would need to mobilise reservists before any offensive. Do you agree?\n\nGUEST: With all due respect, no. The brigades it has would do.',
    'HOST: Rochan Consulting’s Konrad Muzyka argues Belarus would need to mobilise reservists before any offensive. Is that right?\n\nGUEST: Frankly, no.',
  ])('"%s" contradicts the mobilisation claim', (text) => {
    expect(claim(check(text), 'offensive-needs-mobilization').stance).toBe('contradicts');
  });

  it.each([
    'Q: Moscow has kept its nuclear weapons on Belarusian soil since last year. Are they still there?\n\nA: They are not. Everything went back in the spring.',
    'Q: Moscow has kept its nuclear weapons on Belarusian soil since last year. Are they still there?\n\nA: They aren’t, as far as our sources know.',
  ])('"%s" contradicts the nuclear weapons claim', (text) => {
    expect(claim(check(text), 'russian-nukes-in-belarus').stance).toBe('contradicts');
  });

  it.each([
    // the courtesy is followed by a "no" that opens a noun phrase
    'HOST: Rochan Consulting’s Konrad Muzyka argues Belarus would need to mobilise reservists before any offensive. Do you agree?\n\nGUEST: In my view, no analyst has a better count.',
    // the echo goes on: it qualifies rather than answers
    'HOST: Rochan Consulting’s Konrad Muzyka argues Belarus would need to mobilise reservists before any offensive. Do you agree?\n\nGUEST: It is not that simple.',
  ])('"%s" does not contradict it', (text) => {
    expect(claim(check(text), 'offensive-needs-mobilization').stance).not.toBe('contradicts');
  });
});

