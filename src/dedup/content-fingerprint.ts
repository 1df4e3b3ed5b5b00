import { createHash } from 'node:crypto';

export interface ContentFingerprint {
  /** 64-bit SimHash of the text's word shingles: near-identical texts differ in few bits. */
  simhash: bigint;
  /** sha256 of the normalised text: identical bodies, whatever their whitespace, case or punctuation. */
  exact: string;
}

/** Words per shingle: long enough that two articles on one topic share few, short enough to survive edits. */
const SHINGLE_WORDS = 3;

/**
 * Normalises text for comparison: Unicode NFKC, lower case, ё -> е, every run of non-letters and
 * non-digits to one space.
 */
export function normaliseText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Lines shorter than this (in words) are headings, captions, bylines or links, not body. */
const MIN_BODY_LINE_WORDS = 10;
const SENTENCE_END = /[.!?…:;][\s"'»”’)\]]*$/u;
/** Below this many body words the short-line filter is not trusted and every line counts. */
const MIN_CORE_WORDS = 40;

/**
 * Sentences that belong to the outlet, not the story: calls to subscribe, "read also", photo credits,
 * copyright lines (en, ru, be, uk). A syndicated copy carries another outlet's versions of them.
 */
const BOILERPLATE =
  /(subscribe|sign up|newsletter|follow us|read (also|more)|see also|related:|photo( credit)?:|image:|all rights reserved|©|copyright|reproduction|hyperlink|advertisement|telegram|viber|whatsapp|facebook|twitter|instagram|youtube|подпис|читайте (также|також)|смотрите также|дивіться також|чытайце таксама|падпіс|фото:|фота:|все права защищены|всі права захищені|усе правы абаронены|перепечатк|передрук|гиперссылк|гіперпосилан|реклама)/i;

/**
 * The part of an article text that is the story: lines of at least MIN_BODY_LINE_WORDS words that end
 * like a sentence (headlines do not), without boilerplate sentences. Page chrome left over by extraction and a different headline then no longer
 * move the fingerprint. Falls back to the whole text when too little is left.
 */
export function coreText(text: string): string {
  const lines = text.split(/\n+/).map((l) => l.trim()).filter(Boolean);
  const kept: string[] = [];
  let words = 0;
  for (const line of lines) {
    const sentences = line.split(/(?<=[.!?…])\s+/).filter((sentence) => !BOILERPLATE.test(sentence));
    const body = sentences.join(' ');
    const n = countWords(body);
    // Headlines and captions do not end like sentences; body paragraphs do.
    if (n >= MIN_BODY_LINE_WORDS && SENTENCE_END.test(body)) {
      kept.push(body);
      words += n;
    }
  }
  return words >= MIN_CORE_WORDS ? kept.join('\n') : text;
}

function countWords(s: string): number {
  const m = s.match(/[\p{L}\p{N}]+/gu);
  return m ? m.length : 0;
}

/**
 * Fingerprint of an article's extracted text, for exact and near-duplicate detection. Both parts are
 * computed on the core text (see coreText), so the same body under another title and chrome matches.
 */
export function fingerprint(text: string): ContentFingerprint {
  const norm = normaliseText(coreText(text));
  const exact = createHash('sha256').update(norm).digest('hex');
  const words = norm ? norm.split(' ') : [];
  // Each word is hashed once; a shingle's hash mixes its words' hashes (no string per shingle).
  const wordHi = new Uint32Array(words.length);
  const wordLo = new Uint32Array(words.length);
  for (let i = 0; i < words.length; i++) {
    wordLo[i] = hash64(words[i]!);
    wordHi[i] = hashHigh;
  }
  // SimHash: bit b is set when more shingles have it set than not. The per-bit counts of set bits are kept
  // bit-sliced (word j of onesLo holds bit j of the 32 counters of the low half), so adding a shingle is a
  // binary increment of 32 counters at once: a few word operations instead of a loop over 64 bits.
  const onesLo = new Uint32Array(32);
  const onesHi = new Uint32Array(32);
  const k = Math.min(SHINGLE_WORDS, Math.max(1, words.length));
  let shingles = 0;
  for (let i = 0; i + k <= words.length; i++) {
    let hi = 0x9e3779b9;
    let lo = 0x85ebca6b;
    for (let j = 0; j < k; j++) {
      hi = Math.imul(rotl(hi, 5) ^ wordHi[i + j]!, 0x27d4eb2d);
      lo = Math.imul(rotl(lo, 7) ^ wordLo[i + j]!, 0x165667b1);
    }
    hi = fmix32(hi ^ lo);
    lo = fmix32(lo ^ Math.imul(hi, 0x85ebca6b));
    addBits(onesLo, lo);
    addBits(onesHi, hi);
    shingles++;
  }
  let lo = 0;
  let hi = 0;
  for (let b = 0; b < 32; b++) {
    // set bits in more than half of the shingles: ones - (shingles - ones) > 0
    if (2 * countAt(onesLo, b) > shingles) lo |= 1 << b;
    if (2 * countAt(onesHi, b) > shingles) hi |= 1 << b;
  }
  const simhash = words.length === 0 ? 0n : (BigInt(hi >>> 0) << 32n) | BigInt(lo >>> 0);
  return { simhash, exact };
}

/** The `exact` hash of a text without a single word: such fingerprints identify nothing. */
export const EMPTY_TEXT_HASH = createHash('sha256').update('').digest('hex');

/** Number of differing bits between two 64-bit SimHashes. */
export function hammingDistance(a: bigint, b: bigint): number {
  let x = (a ^ b) & 0xffff_ffff_ffff_ffffn;
  let n = 0;
  while (x) {
    x &= x - 1n;
    n++;
  }
  return n;
}

function rotl(x: number, r: number): number {
  return (x << r) | (x >>> (32 - r));
}

/** MurmurHash3's finaliser: spreads every input bit over the whole 32-bit word. */
function fmix32(x: number): number {
  let h = x;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Adds each bit of x to its bit-sliced counter (see fingerprint). */
function addBits(ones: Uint32Array, x: number): void {
  let carry = x >>> 0;
  for (let j = 0; carry !== 0 && j < 32; j++) {
    const c = ones[j]!;
    ones[j] = c ^ carry;
    carry = (c & carry) >>> 0;
  }
}

/** Counter b of a bit-sliced set of counters. */
function countAt(ones: Uint32Array, b: number): number {
  let n = 0;
  for (let j = 0; j < 32; j++) n += ((ones[j]! >>> b) & 1) * 2 ** j;
  return n;
}

/** High half of the last hash64 (returned this way so that hashing a word allocates nothing). */
let hashHigh = 0;

/** A fast 64-bit string hash (cyrb53's two-lane construction): returns the low 32 bits, sets hashHigh. */
function hash64(s: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < s.length; i++) {
    const ch = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  hashHigh = h2 >>> 0;
  return h1 >>> 0;
}
