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

const LETTER = /[\p{L}\p{M}]/u;

/** Letter test: fast ranges for Latin and Cyrillic, the Unicode class for anything else. */
function isLetter(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  if (c >= 0x400 && c <= 0x52f) return c !== 0x482;
  if (c >= 0xc0 && c <= 0x24f) return c !== 0xd7 && c !== 0xf7;
  // surrogate pairs and other scripts: ask the Unicode class
  return LETTER.test(String.fromCharCode(c));
}

const isApostrophe = (c: number) => c === 39 || c === 0x2019 || c === 0x2bc;

/**
 * Words (letters with inner apostrophes, as in Ukrainian п'ять), digit runs and "%", scanned in one pass.
 * Hyphens split words, so "Belarus-Ukraine" yields both names and "one-third" the phrase "one third".
 */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const lower = text.toLowerCase();
  // Lower-casing kept every offset (true for Latin and Cyrillic): slice words from it directly.
  const aligned = lower.length === text.length;
  const special = /[ё’ʼ`']/.test(lower);
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      let j = i + 1;
      while (j < n && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) j++;
      out.push({ n: text.slice(i, j), s: i, e: j, d: true });
      i = j;
    } else if (c === 37) {
      out.push({ n: '%', s: i, e: i + 1, d: false });
      i++;
    } else if (isLetter(c)) {
      let j = i + 1;
      while (j < n) {
        const k = text.charCodeAt(j);
        if (isLetter(k)) j++;
        else if (isApostrophe(k) && j + 1 < n && isLetter(text.charCodeAt(j + 1))) j += 2;
        else break;
      }
      const raw = aligned ? lower.slice(i, j) : text.slice(i, j);
      out.push({ n: !aligned || special ? normalizeWord(raw) : raw, s: i, e: j, d: false });
      i = j;
    } else i++;
  }
  return out;
}
