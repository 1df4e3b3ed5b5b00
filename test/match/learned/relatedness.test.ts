import { describe, expect, it } from 'vitest';
import { scoreRelatedness } from '../../../src/match/learned/relatedness.ts';

const claim = 'Belarus sends 1,100 troops to within 30 miles of the Ukrainian border';
const related =
  'An assessment for the Belarusian opposition says Minsk moved about 1,100 troops toward the border with Ukraine ' +
  'in August. The soldiers were stationed roughly 30 miles from the Ukrainian border, the analysts wrote, ' +
  'and the deployment of troops was smaller than officials in Minsk claimed.';
const unrelated =
  'The national hockey team lost 3-1 in the final. The goalkeeper made thirty saves but the defence collapsed ' +
  'in the third period, and the coach said the players would rest before the spring season.';

describe('scoreRelatedness', () => {
  it('scores an article on the claim above 0.5 and an off-topic one below', () => {
    const hit = scoreRelatedness(claim, related);
    const miss = scoreRelatedness(claim, unrelated);
    expect(hit).toBeGreaterThan(0.5);
    expect(miss).toBeLessThan(0.5);
  });

  it('ranks a paraphrase on the same story above a same-country story on another topic', () => {
    const sameCountry = 'Belarus raised potash exports to China, Lukashenko said, as sanctions hit trade with Europe.';
    expect(scoreRelatedness(claim, related)).toBeGreaterThan(scoreRelatedness(claim, sameCountry));
  });

  it('works on Cyrillic text through shared stems', () => {
    const ru = 'Беларусь перебросила войска к границе с Украиной';
    const ruBody = 'По данным оппозиции, Беларусь перебросила к границе с Украиной около 1100 военных. Войска стоят у границы.';
    const ruOther = 'Сборная по хоккею проиграла в финале. Тренер похвалил вратаря.';
    expect(scoreRelatedness(ru, ruBody)).toBeGreaterThan(scoreRelatedness(ru, ruOther));
  });

  it('returns a probability for empty input and the same value on every call', () => {
    const empty = scoreRelatedness('', '');
    expect(empty).toBeGreaterThanOrEqual(0);
    expect(empty).toBeLessThanOrEqual(1);
    expect(scoreRelatedness(claim, related)).toBe(scoreRelatedness(claim, related));
  });
});
