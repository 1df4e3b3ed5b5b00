import { describe, expect, it } from 'vitest';
import { scoreStanceCues } from '../../../src/match/learned/stance-cues.ts';

const claim = 'Giant squid washes up on Florida beach';
const denial =
  'A viral claim that a giant squid washed up on a Florida beach is a hoax, officials said. The photos were ' +
  'doctored and fake, experts found, and no squid was ever found on the beach. The story is false.';
const confirmation =
  'A giant squid washed up on a Florida beach on Monday, officials confirmed. The squid, nine metres long, was ' +
  'found by a jogger, and the park service released photos of the animal on the beach.';
const hedged =
  'Social media users claim a giant squid may have washed up on a Florida beach, though the reports could not ' +
  'be verified. It was not clear where the photos allegedly came from.';

describe('scoreStanceCues', () => {
  it('gives probabilities that sum to 1', () => {
    const s = scoreStanceCues(claim, hedged);
    expect(s.supports + s.contradicts + s.discusses).toBeCloseTo(1, 10);
  });

  it('reads a hoax/denial article as more contradicting than a confirmation', () => {
    expect(scoreStanceCues(claim, denial).contradicts).toBeGreaterThan(scoreStanceCues(claim, confirmation).contradicts);
  });

  it('reads a confirmation as more supporting than a hedged report', () => {
    expect(scoreStanceCues(claim, confirmation).supports).toBeGreaterThan(scoreStanceCues(claim, hedged).supports);
  });

  it('reads hedged reporting as discussing rather than supporting', () => {
    const s = scoreStanceCues(claim, hedged);
    expect(s.discusses).toBeGreaterThan(s.supports);
  });
});
