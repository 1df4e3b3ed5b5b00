import { CUE_WORDS } from './cue-words.ts';
import { MONTH_WORDS, RELATIVE_DAY_PHRASES, RELATIVE_PERIOD_PHRASES, WEEKDAY_WORDS } from './date-words.ts';
import { FRACTION_PHRASES, MAGNITUDE_WORDS, NUMBER_WORDS, VAGUE_WORDS } from './number-words.ts';
import type { PhraseIndex } from './phrase-index.ts';
import { QUALIFIER_WORDS, UNIT_WORDS } from './unit-words.ts';

/** Hit groups of the language lexicon; topic (gazetteer) hits use the entry's kind as group. */
export const G = {
  cue: 'cue',
  num: 'num',
  mag: 'mag',
  vague: 'vague',
  frac: 'frac',
  unit: 'unit',
  qual: 'qual',
  month: 'month',
  weekday: 'weekday',
  relDay: 'reld',
  relPeriod: 'relp',
} as const;

/** Adds the language knowledge (cues, numbers, units, dates) to a phrase index. */
export function addBuiltinPhrases(index: PhraseIndex): void {
  for (const [key, words] of Object.entries(CUE_WORDS)) for (const w of words) index.add(key, G.cue, w);
  for (const [w, v] of Object.entries(NUMBER_WORDS)) index.add('num', G.num, w, v);
  for (const [w, v] of Object.entries(MAGNITUDE_WORDS)) index.add('mag', G.mag, w, v);
  for (const w of Object.keys(VAGUE_WORDS)) index.add(w, G.vague, w);
  for (const [w, v] of FRACTION_PHRASES) index.add('frac', G.frac, w, v);
  for (const [key, words] of Object.entries(UNIT_WORDS)) for (const w of words) index.add(key, G.unit, w);
  for (const [key, words] of Object.entries(QUALIFIER_WORDS)) for (const w of words) index.add(key, G.qual, w);
  for (const [m, words] of MONTH_WORDS) for (const w of words) index.add('month', G.month, w, m);
  for (const [d, words] of WEEKDAY_WORDS) for (const w of words) index.add('weekday', G.weekday, w, d);
  RELATIVE_DAY_PHRASES.forEach(([w], i) => index.add('reld', G.relDay, w, i));
  RELATIVE_PERIOD_PHRASES.forEach(([w], i) => index.add('relp', G.relPeriod, w, i));
}
