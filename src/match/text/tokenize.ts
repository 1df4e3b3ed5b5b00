import { normalizeWord } from './normalize.ts';

/** A word or digit run of a sentence: normalised form plus its offsets in the sentence text. */
export interface Token {
  /** normalised (see normalizeWord) */
  n: string;
  s: number;
  e: number;
  /** true for a run of digits */
  d: boolean;
}

// Letters (with combining marks and inner apostrophes, as in Ukrainian п'ять) or a run of digits.
// Hyphens split words, so "Belarus-Ukraine" yields both names and "one-third" the phrase "one third".
const WORD = /[\p{L}\p{M}]+(?:['’ʼ][\p{L}\p{M}]+)*|\d+|%/gu;

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(text)) !== null) {
    const raw = m[0];
    const c = raw.charCodeAt(0);
    const d = c >= 48 && c <= 57;
    out.push({ n: d ? raw : normalizeWord(raw), s: m.index, e: m.index + raw.length, d });
  }
  return out;
}
