import { describe, expect, it } from 'vitest';
import { aggregate, bootstrapF1Std, exactMatch, pageCounts, pageResult, tokenize } from '../../scripts/lib/shingle-metric.ts';

// Expected values were produced with the benchmark's reference definition in CPython 3.11
// (re.findall(r'\w+'), 4-token shingles, collections.Counter intersection and differences).
describe('tokenize matches Python \\w+', () => {
  it('splits on combining marks, which Python does not count as word characters', () => {
    expect(tokenize('नमस्ते दुनिया')).toEqual(['नमस', 'त', 'द', 'न', 'य']);
    expect(tokenize('e\u0301te\u0301 déjà')).toEqual(['e', 'te', 'déjà']);
  });
  it('keeps letters, digits, number forms and underscores', () => {
    expect(tokenize('Café naïve_x 3½ x²')).toEqual(['Café', 'naïve_x', '3½', 'x²']);
    expect(tokenize('Лукашенко заявил: треть армии!')).toEqual(['Лукашенко', 'заявил', 'треть', 'армии']);
  });
});

describe('pageCounts', () => {
  it('counts shingle multisets like the reference', () => {
    expect(pageCounts('a b c d e f', 'a b c d e f')).toEqual({ tp: 3, fp: 0, fn: 0 });
    expect(pageCounts('The quick brown fox jumps over the lazy dog', 'quick brown fox jumps over the lazy dog today')).toEqual({ tp: 5, fp: 1, fn: 1 });
    expect(pageCounts('a b c d a b c d', 'a b c d')).toEqual({ tp: 1, fp: 0, fn: 4 });
  });
  it('gives texts of fewer than four tokens one short shingle, and empty text none', () => {
    expect(pageCounts('one two', 'one two three')).toEqual({ tp: 0, fp: 1, fn: 1 });
    expect(pageCounts('one two', 'one two')).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(pageCounts('one two three four five', '')).toEqual({ tp: 0, fp: 0, fn: 2 });
  });
});

describe('aggregate', () => {
  it('averages precision over pages with predictions and recall over pages with truth', () => {
    const results = [
      pageResult('a b c d e f', 'a b c d e f'), // P 1, R 1
      pageResult('a b c d e f g h', ''), // no prediction: recall 0, precision not counted
      pageResult('one two three four five', 'one two three four five six seven'), // P 2/4, R 1
    ];
    const s = aggregate(results);
    expect(s.precision).toBeCloseTo((1 + 0.5) / 2, 10);
    expect(s.recall).toBeCloseTo((1 + 0 + 1) / 3, 10);
    expect(s.f1).toBeCloseTo((2 * 0.75 * (2 / 3)) / (0.75 + 2 / 3), 10);
    expect(s.accuracy).toBeCloseTo(1 / 3, 10);
  });
  it('exact match compares token sequences, ignoring punctuation and whitespace', () => {
    expect(exactMatch('Hello,  world!\n\nBye.', 'Hello world Bye')).toBe(true);
    expect(exactMatch('Hello world', 'hello world')).toBe(false);
  });
});

describe('bootstrapF1Std', () => {
  it('is zero when every page scores the same and positive when pages differ', () => {
    const same = Array.from({ length: 20 }, () => pageResult('a b c d e f', 'a b c d e f'));
    expect(bootstrapF1Std(same, 200)).toBe(0);
    const mixed = [...same, ...Array.from({ length: 20 }, () => pageResult('a b c d e f', 'x y z w'))];
    expect(bootstrapF1Std(mixed, 200)).toBeGreaterThan(0.01);
  });
});
