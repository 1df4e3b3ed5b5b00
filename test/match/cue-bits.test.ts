import { describe, expect, it } from 'vitest';
import { analyzeArticle, cueMask } from '../../src/match/analyze-article.ts';
import { addBuiltinPhrases } from '../../src/match/lexicon/builtin-phrases.ts';
import { CUE_WORDS } from '../../src/match/lexicon/cue-words.ts';
import { PhraseIndex } from '../../src/match/lexicon/phrase-index.ts';

const index = new PhraseIndex();
addBuiltinPhrases(index);
const sentencesOf = (text: string) => analyzeArticle(null, text, null, index, { requires: new Map() }).sentences;

describe('sentence cues (shared sets and bits)', () => {
  const text = 'Officials denied the report. Officials denied the claim. Some say troops may come. The weather was fine.';
  const [a, b, c, d] = sentencesOf(text);

  it('holds the cue keys of the sentence, in the set and in the bits alike', () => {
    expect(a!.cues.has('denial')).toBe(true);
    expect(a!.cues.has('hedge')).toBe(false);
    for (const s of [a!, b!, c!, d!]) for (const k of Object.keys(CUE_WORDS)) expect((s.cueBits & cueMask([k])) !== 0).toBe(s.cues.has(k));
  });

  it('shares one set between sentences with the same cues, and the empty one between sentences without', () => {
    expect(a!.cues).toBe(b!.cues);
    expect(d!.cues.size).toBe(0);
    expect(d!.cueBits).toBe(0);
    expect(sentencesOf('The weather was fine.')[0]!.cues).toBe(d!.cues);
  });

  it('refuses a mask of a key that is no cue', () => {
    expect(() => cueMask(['belarus'])).toThrow(/no cue key/);
  });
});
