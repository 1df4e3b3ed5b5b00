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
 * Each word is lower-cased on its own, and only when it holds a letter that may be upper case; a sentence
 * with Σ or İ (whose lower case depends on the context or changes the length) is lower-cased as a whole.
 */
export function tokenize(text: string): Token[] {
  return tokenizeRange(text, 0, text.length, null);
}

/** The hash tokenizeRange gives a token's normalised form n (31-multiplier over its UTF-16 code units). */
export function wordHash(n: string): number {
  let h = 0;
  for (let k = 0; k < n.length; k++) h = (Math.imul(h, 31) + n.charCodeAt(k)) | 0;
  return h;
}

/** Scratch for the hashes of the last tokenizeRange call asked for them (one per token, see TokenHashes). */
export interface TokenHashes {
  h: Int32Array;
  /** with a WordTable (see read-sentences.ts): each token's entry in it, 0 for none */
  e?: Int32Array;
}

/**
 * Words interned by their folded form (FOLD), so that a reader finds a word of the text without slicing or
 * lower-casing it: find compares the characters in place. Entries are numbered from 1; 0 is "none".
 */
export interface WordTable {
  /** the entry of text[i, j) folded (hash h, see wordHash), 0 when it is not in the table */
  entryAt(text: string, i: number, j: number, h: number): number;
  /** the entry of a normalised word (hash h), added if missing; 0 when the table is full */
  intern(word: string, h: number): number;
  /** the normalised word of an entry */
  word(e: number): string;
}

/**
 * tokenize(text.slice(from, to)), read in place: offsets are relative to `from`. The engine reads each
 * sentence from the article's text this way (a sliced string costs an indirection on every character read).
 * With `hashes`, hashes.h[k] is set to wordHash(token k's n), computed while the characters are read, so that
 * the phrase index looks words up without hashing them again.
 */
export function tokenizeRange(text: string, from: number, to: number, hashes: TokenHashes | null): Token[] {
  const out: Token[] = [];
  const n = to;
  let i = from;
  while (i < n) {
    const c = text.charCodeAt(i);
    const cls = c < TABLE_END ? CLASS[c]! : classOf(c);
    if (cls === DIGIT) {
      let h = c;
      let j = i + 1;
      let k: number;
      while (j < n && (k = text.charCodeAt(j)) >= 48 && k <= 57) {
        h = (Math.imul(h, 31) + k) | 0;
        j++;
      }
      if (hashes !== null) setHash(hashes, out.length, h);
      out.push({ n: text.slice(i, j), s: i - from, e: j - from, d: true });
      i = j;
    } else if (cls === PERCENT) {
      if (hashes !== null) setHash(hashes, out.length, 37);
      out.push({ n: '%', s: i - from, e: i + 1 - from, d: false });
      i++;
    } else if (cls >= LETTER_CLASS) {
      // flags: 1 = may need lower-casing, 2 = needs normalizeWord (ё, ʼ, an apostrophe), 4 = Σ or İ
      let flags = cls - LETTER_CLASS;
      // (a word-initial ў is folded to у by normalizeWord)
      if (c === 0x45e || c === 0x40e) flags |= 2;
      let h = c;
      let j = i + 1;
      while (j < n) {
        const k = text.charCodeAt(j);
        // (lower-case a-z and а-я, most letters, without the table)
        if ((k >= 97 && k <= 122) || (k >= 0x430 && k <= 0x44f)) {
          h = (Math.imul(h, 31) + k) | 0;
          j++;
          continue;
        }
        const kc = k < TABLE_END ? CLASS[k]! : classOf(k);
        if (kc >= LETTER_CLASS) {
          flags |= kc - LETTER_CLASS;
          h = (Math.imul(h, 31) + k) | 0;
          j++;
        } else if (kc === APOSTROPHE && j + 1 < n) {
          const k2 = text.charCodeAt(j + 1);
          const kc2 = k2 < TABLE_END ? CLASS[k2]! : classOf(k2);
          if (kc2 < LETTER_CLASS) break;
          flags |= 2 | (kc2 - LETTER_CLASS);
          j += 2;
        } else break;
      }
      if (flags & 4) return tokenizeWhole(text.slice(from, to), hashes);
      const raw = flags & 1 ? text.slice(i, j).toLowerCase() : text.slice(i, j);
      const word = flags & 2 ? normalizeWord(raw) : raw;
      // (a word lower-cased or normalised is hashed again from its final form)
      if (hashes !== null) setHash(hashes, out.length, flags === 0 ? h : wordHash(word));
      out.push({ n: word, s: i - from, e: j - from, d: false });
      i = j;
    } else i++;
  }
  return out;
}

// Character classes: other, digit, "%", apostrophe, terminal, line break, and letters as LETTER_CLASS + their flags (see letterFlags).
export const OTHER = 0;
export const DIGIT = 1;
export const PERCENT = 2;
export const APOSTROPHE = 3;
/** terminal punctuation (. ! ? …) and the line break: what ends a sentence (see read-sentences.ts) */
export const TERMINAL = 4;
export const NEWLINE = 5;
export const LETTER_CLASS = 8;
/** classes of U+0000..U+052F (Latin, Greek, Cyrillic) from a table; the rest by classOf */
export const TABLE_END = 0x530;
export const CLASS = new Uint8Array(TABLE_END);

export function classOf(c: number): number {
  if (isLetter(c)) return LETTER_CLASS + letterFlags(c);
  if (c >= 48 && c <= 57) return DIGIT;
  if (c === 37) return PERCENT;
  if (isApostrophe(c)) return APOSTROPHE;
  if (c === 46 || c === 33 || c === 63 || c === 0x2026) return TERMINAL;
  if (c === 10) return NEWLINE;
  return OTHER;
}
for (let c = 0; c < TABLE_END; c++) CLASS[c] = classOf(c);

/**
 * Each character's folded form where folding one character at a time gives what normalizeWord gives the word:
 * letters lower-cased (ё and Ё as е), digits and "%" as they are; 0 for the rest (Σ and İ, whose lower case
 * depends on the word, ʼ, and everything past the table). Letters fold to 97 ('a') or above, digits below.
 */
export const FOLD = new Uint16Array(TABLE_END);
for (let c = 0; c < TABLE_END; c++) {
  const cls = CLASS[c]!;
  if (cls === DIGIT || cls === PERCENT) FOLD[c] = c;
  else if (cls >= LETTER_CLASS && c !== 0x3a3 && c !== 0x130 && c !== 0x2bc) {
    const lower = String.fromCharCode(c).toLowerCase();
    if (lower.length === 1) FOLD[c] = lower === 'ё' ? 0x435 : lower.charCodeAt(0);
  }
}

/** See tokenize: 1 = may be upper case, 2 = changed by normalizeWord (ў only as a word's first letter: see tokenizeRange), 4 = lower case depends on context. */
function letterFlags(c: number): number {
  if (c >= 97 && c <= 122) return 0;
  if (c >= 65 && c <= 90) return 1;
  if (c >= 0x430 && c <= 0x44f) return 0;
  if (c === 0x451) return 2;
  if (c === 0x401) return 3;
  if (c === 0x2bc) return 2;
  if (c === 0x3a3 || c === 0x130) return 4;
  return 1;
}

function setHash(hashes: TokenHashes, k: number, h: number): void {
  if (k >= hashes.h.length) {
    const grown = new Int32Array(hashes.h.length * 2);
    grown.set(hashes.h);
    hashes.h = grown;
  }
  hashes.h[k] = h;
}

/** The sentence lower-cased as a whole (text with Σ or İ). */
function tokenizeWhole(text: string, hashes: TokenHashes | null): Token[] {
  const out = tokenizeWholeText(text);
  if (hashes !== null) for (let k = 0; k < out.length; k++) setHash(hashes, k, wordHash(out[k]!.n));
  return out;
}

export function tokenizeWholeText(text: string): Token[] {
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
      out.push({ n: !aligned || special || raw.charCodeAt(0) === 0x45e ? normalizeWord(raw) : raw, s: i, e: j, d: false });
      i = j;
    } else i++;
  }
  return out;
}
