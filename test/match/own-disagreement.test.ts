import { describe, expect, it } from 'vitest';
import { check, claim } from './seeded-matcher.ts';

// The writer's own disagreement ("I disagree", "я не согласен") after a statement of a claim rebuts it; a
// disagreement among others ("analysts disagree") is a debate. A rebuttal may point back to the people who made
// the statement ("they are mistaken") or to "the point". Sentences written for this test.

describe('the speaker’s own disagreement after a statement rebuts it', () => {
  it.each([
    'Rochan Consulting’s Konrad Muzyka holds that Minsk would have to mobilise many reservists before any offensive. We disagree.',
    'Konrad Muzyka argues that an offensive by Belarus is impossible without mobilisation. I strongly disagree. The brigades on hand are what matters.',
    'Конрад Музыка пишет, что для наступления Беларуси нужна мобилизация. Я не согласен.',
    'Конрад Музыка піша, што для наступу Беларусі патрэбна мабілізацыя. Я не згодны.',
    'Конрад Музика пише, що для наступу Білорусі потрібна мобілізація. Я не згоден.',
  ])('"%s" contradicts the mobilisation claim', (text) => {
    expect(claim(check(text), 'offensive-needs-mobilization').stance).toBe('contradicts');
  });

  it.each([
    'Konrad Muzyka argues that an offensive by Belarus is impossible without mobilisation. Analysts disagree.',
    'Konrad Muzyka argues that an offensive by Belarus is impossible without mobilisation. Other analysts disagree about it.',
  ])('"%s" (others disagree) does not contradict it', (text) => {
    expect(claim(check(text), 'offensive-needs-mobilization').stance).not.toBe('contradicts');
  });

  it('"I disagree" is no hedge, "analysts disagree" is', () => {
    const v = check('Konrad Muzyka argues that an offensive by Belarus would need mobilisation. I disagree.');
    expect(claim(v, 'offensive-needs-mobilization').reason).toMatch(/disagree/i);
  });
});

describe('a verdict on the people who made the statement points back to it', () => {
  it.each([
    'The opposition’s analysts wrote that the troops at the border are only propaganda and no threat to Ukraine. On that point I believe they are mistaken.',
    'The opposition’s analysts wrote that the troops at the border are only propaganda and no threat to Ukraine. Here, in my view, they are wrong.',
    'Аналитики оппозиции написали, что войска у границы — лишь пропаганда и угрозы Украине нет. По-моему, они ошибаются.',
    'Аналітыкі апазіцыі напісалі, што войскі ля мяжы — толькі прапаганда і пагрозы Украіне няма. Я думаю, яны памыляюцца.',
    'Аналітики опозиції написали, що війська біля кордону — лише пропаганда і загрози Україні немає. Думаю, вони помиляються.',
  ])('"%s" contradicts the no-threat claim', (text) => {
    expect(claim(check(text), 'no-threat-to-ukraine').stance).toBe('contradicts');
  });

  it('a verdict on someone else’s words with "they" is not read back as one on the statement', () => {
    const v = check('The opposition’s analysts wrote that the troops at the border are only propaganda and no threat to Ukraine. Kyiv officials said Russian bloggers had spread fakes about Ukrainian troops and that they were wrong to do so.');
    expect(claim(v, 'no-threat-to-ukraine').stance).not.toBe('contradicts');
  });
});
