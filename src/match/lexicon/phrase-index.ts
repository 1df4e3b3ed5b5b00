import { normalizeWord } from '../text/normalize.ts';
import { FOLD, type Token, type TokenHashes, type WordTable } from '../text/tokenize.ts';

/** A phrase to find: word tokens, each matched exactly or as a prefix (a stem, written with a trailing `*`). */
/** What the engine attaches to a key once its claims are compiled: read from a hit without a Map lookup. */
export interface KeyRecord {
  key: string;
  /** dense number of the key in its index (0, 1, 2, ...): lets per-key tables be arrays */
  id: number;
  /** positions of the claims filed under this key */
  claims: number[];
  /** the key counts only when a co-occurrence rule lets it (look it up in the sentence's keys) */
  conditional: boolean;
  /** topic facet bits its one-word conditions set (see topic.ts) */
  topicBits: number;
  /** the topic's longer conditions anchored on this key, with the facet bit each sets */
  topicMulti: { cond: readonly string[]; bit: number }[] | null;
  /** set to the current stamp while the sentence being judged holds the key (see terms.ts stampKeys) */
  stamp: number;
  /** the gazetteer kind of the key ("place", "country", ...), null if the gazetteer does not list it (set by createMatcher) */
  kind: string | null;
}

/** Bits of a hit's group, read by the article analysis without a Set lookup per hit (see groupFlags). */
export const HIT_CUE = 1;
export const HIT_TOPIC = 2;
export const HIT_EXCEPT = 4;
export const HIT_NAMED = 8;
/** a number word, fraction, vague amount or magnitude (G.num, G.frac, G.vague, G.mag) */
export const HIT_NUMBER = 16;
/** a month, weekday or relative date (G.month, G.weekday, G.relDay, G.relPeriod) */
export const HIT_DATE = 32;

const TOPIC_GROUPS = new Set(['place', 'person', 'org', 'country', 'term', 'event', 'word']);
const NAMED_GROUPS = new Set(['person', 'place', 'org']);
const NUMBER_GROUPS = new Set(['num', 'frac', 'vague', 'mag']);
const DATE_GROUPS = new Set(['month', 'weekday', 'reld', 'relp']);

/**
 * cue: a language cue (G.cue); topic: a topic key (gazetteer kinds, literal words); except: a false friend;
 * named: a name; number, date: see HIT_NUMBER, HIT_DATE. (The group names are those of lexicon/builtin-phrases.ts.)
 */
export function groupFlags(group: string): number {
  return (
    (group === 'cue' ? HIT_CUE : 0) |
    (TOPIC_GROUPS.has(group) ? HIT_TOPIC : 0) |
    (group === 'except' ? HIT_EXCEPT : 0) |
    (NAMED_GROUPS.has(group) ? HIT_NAMED : 0) |
    (NUMBER_GROUPS.has(group) ? HIT_NUMBER : 0) |
    (DATE_GROUPS.has(group) ? HIT_DATE : 0)
  );
}

export interface Phrase {
  key: string;
  rec: KeyRecord;
  group: string;
  /** groupFlags(group) */
  flags: number;
  words: string[];
  stem: boolean[];
  /** words.length, and its second word and whether that is a stem ('' and false for one word): read without the arrays */
  n: number;
  second: string;
  secondStem: boolean;
  /** a number carried by the phrase (number words, fractions, months, weekdays) */
  value?: number;
}

/** One place where a phrase occurred: tokens [i, j) of a sentence. */
export interface Hit {
  key: string;
  rec: KeyRecord;
  group: string;
  /** groupFlags(group); set on every hit the index finds (hits made by hand may leave it out) */
  flags?: number;
  i: number;
  j: number;
  value?: number;
}

const CACHE_LIMIT = 200_000;
/** the hash table of find: 2^15 slots, at most half of them used (further words go through the Map) */
const TABLE_SIZE = 1 << 15;
const TABLE_MASK = TABLE_SIZE - 1;
const TABLE_ENTRIES = TABLE_SIZE / 2;

/**
 * Finds many phrases in one pass over the tokens. Each phrase is indexed by its first word (exact or stem);
 * the candidates for a token are memoised, so a frequent word costs one Map lookup however many phrases exist.
 */
function samePhrase(p: Phrase, words: readonly string[], stem: readonly boolean[]): boolean {
  return p.n === words.length && p.words.every((w, k) => w === words[k] && p.stem[k] === stem[k]);
}

export class PhraseIndex implements WordTable {
  private readonly exact = new Map<string, Phrase[]>();
  private readonly stems = new Map<string, Phrase[]>();
  private stemLengths: number[] = [];
  private cache = new Map<string, Phrase[]>();
  // The same memo as an open-addressing table on the tokenizer's word hashes (see find): slot -> entry number.
  // It is also the WordTable a SentenceReader interns the article's words in (entries 1, 2, ...).
  private slots = new Int32Array(TABLE_SIZE);
  private slotWords: string[] = [''];
  private slotHashes = new Int32Array(TABLE_ENTRIES + 1);
  private slotCands: Phrase[][] = [[]];

  /** Adds a phrase written as text: words split on spaces/hyphens, `*` after a word marks a stem. */
  add(key: string, group: string, text: string, value?: number, allStems = false): void {
    const words: string[] = [];
    const stem: boolean[] = [];
    for (const part of text.split(/[\s\-–]+/u)) {
      if (!part) continue;
      const isStem = allStems || part.endsWith('*');
      const bare = part.replace(/\*$/, '');
      for (const w of bare.match(/[\p{L}\p{M}]+(?:['’ʼ][\p{L}\p{M}]+)*|\d+|%/gu) ?? []) {
        words.push(normalizeWord(w));
        stem.push(false);
      }
      if (isStem && stem.length) stem[stem.length - 1] = true;
    }
    if (!words.length) return;
    const rec = this.record(key);
    // every phrase and hit has `value` (undefined for most): one object shape, so reading them stays monomorphic
    const phrase: Phrase = { key, rec, group, flags: groupFlags(group), words, stem, n: words.length, second: words[1] ?? '', secondStem: stem[1] ?? false, value };
    const first = words[0]!;
    const map = stem[0] ? this.stems : this.exact;
    const list = map.get(first);
    // (spellings that fold to one form, "ўступ*" and "уступ*", are one phrase: no doubled hits)
    if (list?.some((p) => p.key === key && p.group === group && p.value === value && samePhrase(p, words, stem))) return;
    if (list) list.push(phrase);
    else map.set(first, [phrase]);
    if (stem[0] && !this.stemLengths.includes(first.length)) this.stemLengths.push(first.length);
    this.cache.clear();
    this.clearTable();
  }

  private readonly records = new Map<string, KeyRecord>();

  /** The one record of a key, shared by all its phrases and hits. */
  record(key: string): KeyRecord {
    let r = this.records.get(key);
    if (!r) this.records.set(key, (r = { key, id: this.records.size, claims: [], conditional: false, topicBits: 0, topicMulti: null, stamp: 0, kind: null }));
    return r;
  }

  /** The record of a key if the index has one (no phrase, no record). */
  existingRecord(key: string): KeyRecord | undefined {
    return this.records.get(key);
  }

  /** How many keys have a record (ids run from 0 to this - 1). */
  get recordCount(): number {
    return this.records.size;
  }

  private candidates(word: string): Phrase[] {
    let c = this.cache.get(word);
    if (c) return c;
    c = [];
    const ex = this.exact.get(word);
    if (ex) c.push(...ex);
    for (const len of this.stemLengths) {
      if (len > word.length) continue;
      const st = this.stems.get(word.slice(0, len));
      if (st) c.push(...st);
    }
    if (this.cache.size >= CACHE_LIMIT) this.cache = new Map();
    this.cache.set(word, c);
    return c;
  }

  private clearTable(): void {
    if (this.slotWords.length > 1) {
      this.slots.fill(0);
      this.slotWords = [''];
      this.slotCands = [[]];
    }
  }

  /** candidates(word), found through the word's hash (wordHash) without hashing the string again. */
  private candidatesByHash(word: string, h: number): Phrase[] {
    const e = this.intern(word, h);
    return e !== 0 ? this.slotCands[e]! : this.candidates(word);
  }

  /** The entry of text[i, j) folded (see WordTable.entryAt): its characters compared in place. */
  entryAt(text: string, i: number, j: number, h: number): number {
    const len = j - i;
    let slot = h & TABLE_MASK;
    for (;;) {
      const e = this.slots[slot]!;
      if (e === 0) return 0;
      if (this.slotHashes[e] === h) {
        const w = this.slotWords[e]!;
        if (w.length === len) {
          let k = 0;
          while (k < len && FOLD[text.charCodeAt(i + k)] === w.charCodeAt(k)) k++;
          if (k === len) return e;
        }
      }
      slot = (slot + 1) & TABLE_MASK;
    }
  }

  /** The entry of a normalised word, added with its candidates if missing; 0 once the table is full. */
  intern(word: string, h: number): number {
    let slot = h & TABLE_MASK;
    for (;;) {
      const e = this.slots[slot]!;
      if (e === 0) break;
      if (this.slotHashes[e] === h && this.slotWords[e] === word) return e;
      slot = (slot + 1) & TABLE_MASK;
    }
    if (this.slotWords.length > TABLE_ENTRIES) return 0;
    const e = this.slotWords.length;
    this.slots[slot] = e;
    this.slotHashes[e] = h;
    this.slotWords.push(word);
    this.slotCands.push(this.candidates(word));
    return e;
  }

  word(e: number): string {
    return this.slotWords[e]!;
  }

  /** All occurrences, in token order; overlapping phrases are all reported. */
  find(tokens: readonly Token[], out: Hit[] = [], hashes: TokenHashes | null = null): Hit[] {
    const len = tokens.length;
    const entries = hashes?.e;
    for (let i = 0; i < len; i++) {
      // with a reader's entries (SentenceReader) by entry, with the tokenizer's hashes (tokenizeRange) through
      // the table; else through the Map
      let cands: Phrase[];
      if (entries !== undefined && entries[i]! !== 0) cands = this.slotCands[entries[i]!]!;
      else cands = hashes !== null ? this.candidatesByHash(tokens[i]!.n, hashes.h[i]!) : this.candidates(tokens[i]!.n);
      for (let c = 0; c < cands.length; c++) {
        const p = cands[c]!;
        const n = p.n;
        if (n > 1) {
          if (i + n > len) continue;
          // the second word inline (most phrases have two), the rest from the arrays
          const t = tokens[i + 1]!.n;
          if (p.secondStem ? !t.startsWith(p.second) : t !== p.second) continue;
          let ok = true;
          for (let k = 2; k < n; k++) {
            const tk = tokens[i + k]!.n;
            const w = p.words[k]!;
            if (p.stem[k] ? !tk.startsWith(w) : tk !== w) {
              ok = false;
              break;
            }
          }
          if (!ok) continue;
        }
        out.push({ key: p.key, rec: p.rec, group: p.group, flags: p.flags, i, j: i + n, value: p.value });
      }
    }
    return out;
  }
}
