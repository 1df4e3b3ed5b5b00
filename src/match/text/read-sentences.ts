import { ABBREVIATIONS, BEFORE_NUMBER } from './split-sentences.ts';
import { normalizeWord } from './normalize.ts';
import { CLASS, classOf, DIGIT, FOLD, LETTER_CLASS, NEWLINE, PERCENT, TABLE_END, TERMINAL, type Token, type TokenHashes, tokenizeWholeText, wordHash, type WordTable } from './tokenize.ts';

/**
 * Splits an article into sentences and words in one pass over its characters: the sentences of splitSentences
 * and, for each, the tokens of tokenizeRange with their hashes and their entries in a WordTable. A word already
 * in the table is neither sliced nor lower-cased: its characters are hashed and compared in place (see FOLD).
 */
export class SentenceReader {
  /** the sentence just read: text[start, end), its paragraph (as analyzeArticle numbers them) and its tokens */
  start = 0;
  end = 0;
  paragraph = 0;
  tokens: Token[] = [];
  private text = '';
  private pos = 0;
  /** where the current paragraph starts (abbreviations are read back to it, as splitSentences does) */
  private paraStart = 0;
  private newline = false;
  /** a word of the sentence holds Σ or İ: the sentence is lower-cased as a whole (see tokenize) */
  private whole = false;
  /** hashes.h[k] and hashes.e[k]: token k's hash (wordHash) and its entry in the table */
  readonly hashes: TokenHashes & { e: Int32Array } = { h: new Int32Array(256), e: new Int32Array(256) };

  constructor(public words: WordTable) {}

  /** Reads text[from, to) as one sentence (a title): tokens only, no splitting. */
  readWhole(text: string, from: number, to: number): Token[] {
    this.text = text;
    this.start = from;
    this.end = this.scan(from, to, false);
    return this.tokens;
  }

  /** Starts reading an article's text; next() then gives its sentences in order. */
  begin(text: string): void {
    this.text = text;
    this.pos = 0;
    this.paraStart = 0;
    this.paragraph = 0;
    this.newline = false;
  }

  /** Reads the next sentence (start, end, paragraph, tokens); false at the end of the text. */
  next(): boolean {
    const text = this.text;
    const n = text.length;
    let i = this.pos;
    // the gap before the sentence: white space and line breaks (a line break starts a paragraph)
    for (;;) {
      if (i >= n) {
        this.pos = n;
        return false;
      }
      const c = text.charCodeAt(i);
      if (c === 10) {
        this.newline = true;
        this.paraStart = i + 1;
      } else if (!isSpace(c)) break;
      i++;
    }
    if (this.newline) {
      this.paragraph++;
      this.newline = false;
    }
    this.start = i;
    this.end = this.scan(i, n, true);
    return true;
  }

  /**
   * Tokenises from `from` up to `to` or, when splitting, up to the end of the sentence (a line break, or
   * terminal punctuation that splitSentences splits at); returns the sentence's end, sets this.pos after it.
   */
  private scan(from: number, to: number, split: boolean): number {
    const text = this.text;
    const words = this.words;
    // (the tables as locals: an imported binding is checked on every read)
    const fold = FOLD;
    const classes = CLASS;
    const out: Token[] = [];
    this.tokens = out;
    this.whole = false;
    let i = from;
    let end = -1;
    while (i < to) {
      const c = text.charCodeAt(i);
      const cls = c < TABLE_END ? classes[c]! : classOf(c);
      if (cls === DIGIT) {
        let h = c;
        let j = i + 1;
        let k: number;
        while (j < to && (k = text.charCodeAt(j)) >= 48 && k <= 57) {
          h = (Math.imul(h, 31) + k) | 0;
          j++;
        }
        let e = words.entryAt(text, i, j, h);
        let w: string;
        if (e !== 0) w = words.word(e);
        else e = words.intern((w = text.slice(i, j)), h);
        this.put(out.length, h, e);
        out.push({ n: w, s: i - from, e: j - from, d: true });
        i = j;
      } else if (cls === PERCENT) {
        this.put(out.length, 37, words.intern('%', 37));
        out.push({ n: '%', s: i - from, e: i + 1 - from, d: false });
        i++;
      } else if (cls >= LETTER_CLASS) {
        // folded characters are hashed as they are read; any other letter or an inner apostrophe takes the
        // slow way (the word sliced and normalised), as does a word that folding changed but the table lacks
        let h = 0;
        let j = i;
        let changed = false;
        // (a word-initial Belarusian ў is read as у: normalizeWord does it, on the slow way)
        let slow = c === 0x45e || c === 0x40e;
        while (j < to) {
          const k = text.charCodeAt(j);
          const f = k < TABLE_END ? fold[k]! : 0;
          if (f >= 97) {
            if (f !== k) changed = true;
            h = (Math.imul(h, 31) + f) | 0;
            j++;
            continue;
          }
          const kc = k < TABLE_END ? classes[k]! : classOf(k);
          if (kc >= LETTER_CLASS) {
            slow = true;
            if ((kc - LETTER_CLASS) & 4) this.whole = true;
            j++;
          } else if (kc === 3 && j + 1 < to) {
            // an apostrophe between letters (as tokenizeRange reads it)
            const k2 = text.charCodeAt(j + 1);
            const kc2 = k2 < TABLE_END ? classes[k2]! : classOf(k2);
            if (kc2 < LETTER_CLASS) break;
            if ((kc2 - LETTER_CLASS) & 4) this.whole = true;
            slow = true;
            j += 2;
          } else break;
        }
        let w: string;
        let e: number;
        if (slow) {
          w = normalizeWord(text.slice(i, j));
          h = wordHash(w);
          e = words.intern(w, h);
        } else {
          e = words.entryAt(text, i, j, h);
          if (e !== 0) w = words.word(e);
          else {
            const raw = text.slice(i, j);
            w = changed ? normalizeWord(raw) : raw;
            e = words.intern(w, h);
          }
        }
        this.put(out.length, h, e);
        out.push({ n: w, s: i - from, e: j - from, d: false });
        i = j;
      } else if (cls === NEWLINE && split) {
        this.pos = i;
        end = trimEnd(text, from, i);
        break;
      } else if (cls === TERMINAL && split) {
        const b = this.boundary(i, to);
        if (b >= 0) {
          end = b;
          break;
        }
        // (the rest of the punctuation run is no boundary either)
        i++;
        while (i < to && isTerminal(text.charCodeAt(i))) i++;
      } else i++;
    }
    if (end < 0) {
      this.pos = to;
      end = split ? trimEnd(text, from, to) : to;
    }
    if (this.whole) this.retokenize(from, end);
    return end;
  }

  /**
   * splitSentences' boundary at the punctuation run starting at i: the run, closing quotes or brackets, white
   * space, then a capital, digit or dash (after an optional opening quote); one "." after an abbreviation is
   * none. Returns where the sentence ends (and sets this.pos to where the next one starts), or -1.
   */
  private boundary(i: number, to: number): number {
    const text = this.text;
    let r = i + 1;
    while (r < to && isTerminal(text.charCodeAt(r))) r++;
    let q = r;
    while (q < to && isCloser(text.charCodeAt(q))) q++;
    let w = q;
    let k: number;
    while (w < to && (k = text.charCodeAt(w)) !== 10 && isSpace(k)) w++;
    if (w === q || w >= to || text.charCodeAt(w) === 10) return -1;
    if (!opensSentence(text, w)) return -1;
    if (r === i + 1 && text.charCodeAt(i) === 46 && isAbbreviationAt(text, this.paraStart, i)) return -1;
    this.pos = w;
    return q;
  }

  private put(k: number, h: number, e: number): void {
    let hs = this.hashes;
    if (k >= hs.h.length) {
      const gh = new Int32Array(hs.h.length * 2);
      const ge = new Int32Array(hs.h.length * 2);
      gh.set(hs.h);
      ge.set(hs.e);
      hs.h = gh;
      hs.e = ge;
    }
    hs.h[k] = h;
    hs.e[k] = e;
  }

  /** The sentence lower-cased as a whole, as tokenize does for text with Σ or İ. */
  private retokenize(from: number, end: number): void {
    const out = tokenizeWholeText(this.text.slice(from, end));
    for (let k = 0; k < out.length; k++) {
      const h = wordHash(out[k]!.n);
      this.put(k, h, this.words.intern(out[k]!.n, h));
    }
    this.tokens = out;
  }
}

/** What may follow a boundary's white space (splitSentences' BOUNDARY lookahead), read where it stands. */
const NEXT = /["«“„(\[]?[\p{Lu}\p{N}\-–—]/uy;

/** NEXT at w: Latin and Cyrillic capitals, digits and dashes yes, their small letters no, the rest by the regex. */
function opensSentence(text: string, w: number): boolean {
  const c = text.charCodeAt(w);
  if ((c >= 65 && c <= 90) || (c >= 48 && c <= 57) || (c >= 0x400 && c <= 0x42f) || c === 45 || c === 0x2013 || c === 0x2014) return true;
  if ((c >= 97 && c <= 122) || (c >= 0x430 && c <= 0x45f)) return false;
  NEXT.lastIndex = w;
  return NEXT.test(text);
}

const isTerminal = (c: number) => c === 46 || c === 33 || c === 63 || c === 0x2026;
const isCloser = (c: number) => c === 34 || c === 0xbb || c === 0x201d || c === 0x2019 || c === 41 || c === 93;

/**
 * splitSentences' abbreviation test for the "." at `dot` (the word before it read back to `from`, its paragraph's
 * start), with Latin and basic Cyrillic letters told without a regex and long words dismissed unsliced.
 */
function isAbbreviationAt(text: string, from: number, dot: number): boolean {
  let i = dot;
  while (i > from && isLetterOrDot(text.charCodeAt(i - 1), text, i - 1)) i--;
  // (no abbreviation is that long: only an initial could still be one)
  if (dot - i > LONGEST) return false;
  const word = text.slice(i, dot).toLowerCase();
  if (word.length === 0) return false;
  // A single capital letter before the dot is an initial ("V. Khrenin").
  if (word.length === 1 && /\p{Lu}/u.test(text[i]!)) return true;
  // ("No. 5", but "he said no. Then": as splitSentences, which never reads past the paragraph's line)
  if (BEFORE_NUMBER.has(word)) return /^\.[^\S\n]*\p{N}/u.test(text.slice(dot, dot + 6));
  return ABBREVIATIONS.has(word);
}

const LONGEST = Math.max(1, ...[...ABBREVIATIONS].map((w) => w.length));
const LETTER_OR_DOT = /[\p{L}.]/u;

/** /[\p{L}.]/u on the code unit at k. */
function isLetterOrDot(c: number, text: string, k: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 46;
  if (c >= 0x400 && c <= 0x481) return true;
  return LETTER_OR_DOT.test(text[k]!);
}

/** /\s/ */
function isSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

function trimEnd(text: string, from: number, to: number): number {
  while (to > from && isSpace(text.charCodeAt(to - 1))) to--;
  return to;
}
