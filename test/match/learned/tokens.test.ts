import { describe, expect, it } from 'vitest';
import { numbers, sentences, stem } from '../../../src/match/learned/tokens.ts';
import { analyzeText } from '../../../src/match/learned/text-analysis.ts';
import { countCues } from '../../../src/match/learned/cues.ts';

describe('learned-model text features', () => {
  it('stems inflections together without merging different words', () => {
    expect(new Set(['deploys', 'deployed', 'deploying'].map(stem))).toEqual(new Set(['deploy']));
    expect(stem('troops')).toBe(stem('troop'));
    expect(stem('armies')).toBe('army');
    expect(stem('bus')).toBe('bus');
    expect(stem('границе')).toBe(stem('границей'));
    expect(stem('border')).not.toBe(stem('borrow'));
  });

  it('splits sentences at terminal punctuation and line breaks, not inside numbers', () => {
    expect(sentences('About 1,100 troops moved. Officials denied it!\nA new line')).toEqual([
      'About 1,100 troops moved.',
      'Officials denied it!',
      'A new line',
    ]);
    expect(sentences('It cost 3.5 million. Then it fell.')).toHaveLength(2);
  });

  it('normalises digit separators in numbers', () => {
    expect(numbers('about 1,100 or 1 100 troops, 48 km')).toEqual(new Set(['1100', '48']));
  });

  it('analyses words, content stems, names and bigrams in one pass', () => {
    const a = analyzeText('Troops were moved to Gomel. The troops did not move to Brest?');
    expect(a.tf.get('troop')).toBe(2);
    expect(a.tf.has('the')).toBe(false);
    expect(a.wordStems.get('not')).toBe(1);
    expect(a.named).toEqual(new Set(['gomel', 'brest']));
    expect(a.bigrams.has('troop move')).toBe(true);
    expect(a.sentences).toHaveLength(2);
    expect(a.questionMarks).toBe(1);
  });

  it('counts cue kinds in four languages, whole words for short prefixes', () => {
    const c = countCues('the report was denied as fake and not true'.split(' '));
    expect(c).toMatchObject({ refute: 2, negation: 1, hedge: 1, support: 1 });
    expect(countCues(['lieutenant', 'mayor'])).toMatchObject({ refute: 0, hedge: 0 });
    expect(countCues(['опроверг', 'фейк', 'спростував', 'нібито', 'не'])).toMatchObject({ refute: 3, hedge: 1, negation: 1 });
  });
});
