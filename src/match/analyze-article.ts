import { CUE_WORDS } from './lexicon/cue-words.ts';
import { groupFlags, HIT_CUE, HIT_DATE, HIT_EXCEPT, HIT_NAMED, HIT_NUMBER, HIT_TOPIC, type Hit, type KeyRecord, type PhraseIndex } from './lexicon/phrase-index.ts';
import { type DateRange, isoToDay, parseDates } from './parse/dates.ts';
import { parseQuantities, type Quantity } from './parse/quantities.ts';
import { SentenceReader } from './text/read-sentences.ts';
import type { Token } from './text/tokenize.ts';

/** One sentence with everything the rules read from it. Quantities and dates are parsed on first use. */
export class Sentence {
  /** topic keys (gazetteer keys, literal terms, quantity markers) */
  readonly keys = new Set<string>();
  /** language cues: negation, denial, hedge, report, contrast, only, small, later (a set shared by all sentences with the same cues) */
  cues: ReadonlySet<string> = NO_CUES;
  /** the same cues as bits (see cueMask): several cues asked at once */
  cueBits = 0;
  /** the records of `keys`, in the same order (per-key data without a lookup) */
  recs: KeyRecord[] = [];
  /** the flags (groupFlags) of all its hits together */
  hitFlags = 0;
  /** it opens with "others" after a sentence of what some say: a debate across two sentences */
  othersReply = false;
  private q: Quantity[] | null = null;
  private hedgeFlags = -1;
  private d: DateRange[] | null = null;
  constructor(
    readonly index: number,
    readonly text: string,
    readonly tokens: Token[],
    readonly hits: Hit[],
    readonly isTitle: boolean,
    readonly paragraph: number,
    private readonly published: number | null,
  ) {}

  get quantities(): Quantity[] {
    if (this.q === null) this.q = this.mayHaveNumbers() ? parseQuantities(this.text, this.tokens, this.hits) : [];
    return this.q;
  }

  get dates(): DateRange[] {
    if (this.d === null) this.d = this.mayHaveDates() ? parseDates(this.text, this.tokens, this.hits, this.published) : [];
    return this.d;
  }

  private mayHaveNumbers(): boolean {
    return this.hasDigits() || (this.hitFlags & HIT_NUMBER) !== 0;
  }

  private mayHaveDates(): boolean {
    return this.hasDigits() || (this.hitFlags & HIT_DATE) !== 0;
  }

  private digits = -1;

  private hasDigits(): boolean {
    if (this.digits < 0) {
      this.digits = 0;
      const tokens = this.tokens;
      for (let k = 0; k < tokens.length; k++) {
        if (tokens[k]!.d) {
          this.digits = 1;
          break;
        }
      }
    }
    return this.digits === 1;
  }

  /** Whether the sentence carries a key; "$count", "$distance", "$share" ask for a quantity of that kind; "$neg" for a negation or denial. */
  has(key: string): boolean {
    if (key.charCodeAt(0) !== 36) return this.keys.has(key);
    // "$earlier" asks for a date; whether it lies before the claim's period is checked by the stance rules
    if (key === '$earlier') return this.dates.length > 0;
    if (key === '$majority') return this.quantities.some((q) => q.kind === 'share' && q.min >= 0.5) || this.keys.has('majority');
    if (key === '$neg') return this.cues.has('negation') || this.cues.has('denial');
    const name = MARKER_NAMES.get(key) ?? key.slice(1);
    if (key === '$denial' || key === '$small' || key === '$only') return this.cues.has(name);
    // ("a third of the harvest" is a share of something else)
    for (const q of this.quantities) if (q.kind === name && !q.yearLike && !q.ofOther) return true;
    return false;
  }

  /** Cached cue flags: 1 = hedged (hedge word, question, "some ... others" in one sentence or two), 2 = only possible (modal). */
  get uncertainty(): number {
    if (this.hedgeFlags < 0) {
      const hedged = (this.cues.has('hedge') && !this.onlyIdiomLi()) || this.text.includes('?') || (this.cues.has('some') && this.cues.has('others')) || this.othersReply;
      this.hedgeFlags = (hedged ? 1 : 0) | (this.cues.has('modal') && !this.onlyOwnEstimate() ? 2 : 0);
    }
    return this.hedgeFlags;
  }

  /**
   * No hedge word of the sentence hedges: the only ones are the "ли" of "чуть ли не" / "едва ли не" ("almost"),
   * a "возможно" that is the predicate of a condition ("возможно только через мобилизацию": possible only
   * through), or words inside a disagreement of the speaker's own ("I disagree", "we disagree with").
   */
  private onlyIdiomLi(): boolean {
    for (const h of this.hits) {
      if (h.group !== 'cue' || h.key !== 'hedge') continue;
      if (this.tokens[h.i]!.n === 'ли' && h.i > 0 && /^(чуть|едва)$/.test(this.tokens[h.i - 1]!.n) && this.tokens[h.i + 1]?.n === 'не') continue;
      if (POSSIBLE.test(this.tokens[h.i]!.n) && this.hits.some((o) => o.group === 'cue' && o.key === 'only' && o.i === h.j)) continue;
      if (this.hits.some((d) => d.group === 'cue' && d.key === 'dispute' && d.i <= h.i && d.j >= h.j)) continue;
      return false;
    }
    return true;
  }

  /** Every modal of the sentence is the "would" of a speaker's own estimate ("I would say three hundred"). */
  private onlyOwnEstimate(): boolean {
    for (const h of this.hits) if (h.group === 'cue' && h.key === 'modal' && !this.ownEstimateAt(h.i)) return false;
    return true;
  }

  /**
   * "I would say", "we would put it at": the speaker gives a figure of their own, a finding hedged by politeness,
   * not a possibility. Token k is the modal.
   */
  ownEstimateAt(k: number): boolean {
    const t = this.tokens;
    return t[k]?.n === 'would' && k > 0 && (t[k - 1]!.n === 'i' || t[k - 1]!.n === 'we') && ESTIMATE_VERB.test(t[k + 1]?.n ?? '');
  }

  /** The verbatim words of hit h. */
  words(h: Hit): string {
    return this.text.slice(this.tokens[h.i]!.s, this.tokens[h.j - 1]!.e);
  }
}

/** "Possible" / "possibly" in one word (ru, be, uk): before "only" it is the predicate "possible only ...". */
const POSSIBLE = /^(возможно|магчыма|можливо)$/;

/** Verbs of a speaker's own estimate after "I would" / "we would". */
const ESTIMATE_VERB = /^(say|estimate|put|guess|reckon|think|judge|place)$/;

/** One bit per cue key of the lexicon (lexicon/cue-words.ts). */
const CUE_BITS = new Map(Object.keys(CUE_WORDS).map((k, n) => [k, 2 ** n]));
if (CUE_BITS.size > 30) throw new Error('analyze-article: more cue keys than bits');

/**
 * A sentence's cues: one shared set per combination of cue keys (by their bits), so nothing is allocated per
 * sentence; a Set still, as Set.has is faster than reading a bit through a Map. Never written.
 */
const CUES_BY_BITS = new Map<number, ReadonlySet<string>>();
function cuesOf(bits: number): ReadonlySet<string> {
  let c = CUES_BY_BITS.get(bits);
  if (c === undefined) {
    const set = new Set<string>();
    for (const [k, b] of CUE_BITS) if (bits & b) set.add(k);
    CUES_BY_BITS.set(bits, (c = set));
  }
  return c;
}
const NO_CUES: ReadonlySet<string> = cuesOf(0);

/** The bits of these cue keys (lexicon/cue-words.ts): `(s.cueBits & mask) !== 0` asks whether s has any of them. */
export function cueMask(keys: readonly string[]): number {
  let mask = 0;
  for (const k of keys) {
    const b = CUE_BITS.get(k);
    if (b === undefined) throw new Error(`cueMask: "${k}" is no cue key`);
    mask |= b;
  }
  return mask;
}

/** Reads the article's sentences and words; its hashes and word entries are those PhraseIndex.find reads. */
let READER: SentenceReader | null = null;

/** "$count" -> "count" etc., without a new string per lookup. */
const MARKER_NAMES = new Map(['$count', '$distance', '$share', '$number', '$denial', '$small', '$only'].map((k) => [k, k.slice(1)]));

export interface AnalyzedArticle {
  sentences: Sentence[];
  /** keys present anywhere (title included) */
  keys: Set<string>;
  published: number | null;
}

export interface GazetteerRules {
  /** entry key -> keys one of which must occur in the article */
  requires: Map<string, string[]>;
}

/** Splits, tokenises and looks up every sentence once; applies false-friend and co-occurrence rules. */
export function analyzeArticle(
  title: string | null,
  text: string,
  publishedAt: string | null,
  index: PhraseIndex,
  rules: GazetteerRules,
): AnalyzedArticle {
  const published = isoToDay(publishedAt);
  const sentences: Sentence[] = [];
  const reader = (READER ??= new SentenceReader(index));
  reader.words = index;
  if (title && title.trim()) {
    const t = title.trim();
    addSentence(sentences, t, reader.readWhole(t, 0, t.length), true, -1, published, index);
  }
  // sentences and their tokens in one pass over the text (tokens' offsets relative to their sentence)
  reader.begin(text);
  while (reader.next()) addSentence(sentences, text.slice(reader.start, reader.end), reader.tokens, false, reader.paragraph, published, index);
  // Co-occurrence rules: "Brest" counts only in an article that also names Belarus.
  for (const [key, needs] of rules.requires) {
    if (!anyHas(sentences, key) || needs.some((n) => anyHas(sentences, n))) continue;
    for (const s of sentences) if (s.keys.delete(key)) s.recs = s.recs.filter((r) => r.key !== key);
  }
  return new ArticleAnalysis(sentences, published);
}

function anyHas(sentences: readonly Sentence[], key: string): boolean {
  for (let n = 0; n < sentences.length; n++) if (sentences[n]!.keys.has(key)) return true;
  return false;
}

/** The analysed article; its keys (those of all its sentences) are gathered when first asked for. */
class ArticleAnalysis implements AnalyzedArticle {
  private k: Set<string> | null = null;
  constructor(
    readonly sentences: Sentence[],
    readonly published: number | null,
  ) {}

  get keys(): Set<string> {
    if (this.k === null) {
      this.k = new Set();
      for (const s of this.sentences) for (const key of s.keys) this.k.add(key);
    }
    return this.k;
  }
}

/** Tokenises and looks up one sentence; files its cues and topic keys. */
function addSentence(sentences: Sentence[], t: string, tokens: Token[], isTitle: boolean, paragraph: number, published: number | null, index: PhraseIndex): void {
  // (READER holds the hashes and entries of these tokens: addSentence runs right after it read them)
  const s = new Sentence(sentences.length, t, tokens, refineHits(index.find(tokens, [], READER!.hashes)), isTitle, paragraph, published);
  let cueBits = 0;
  // (a cue key outside the lexicon's, from hits made by hand: a Set instead of bits)
  let other: Set<string> | null = null;
  for (const h of s.hits) {
    const f = flagsOf(h);
    s.hitFlags |= f;
    if (f & HIT_CUE) {
      const b = CUE_BITS.get(h.key);
      if (b !== undefined) cueBits |= b;
      else (other ??= new Set<string>()).add(h.key);
    }
    else if (f & HIT_TOPIC) {
      const n = s.keys.size;
      s.keys.add(h.key);
      if (s.keys.size !== n) s.recs.push(h.rec);
    }
  }
  if (other !== null) {
    for (const [k, b] of CUE_BITS) if (cueBits & b) other.add(k);
    s.cues = other;
  } else if (cueBits !== 0) s.cues = cuesOf(cueBits);
  s.cueBits = cueBits;
  // "Some channels say so. Others recall ...": the second voice of a debate opened in the sentence before
  if (cueBits & OTHERS_BIT) {
    const prev = sentences[sentences.length - 1];
    if (prev && prev.paragraph === paragraph && (prev.cueBits & SOME_REPORT) === SOME_REPORT && s.hits.some((h) => h.key === 'others' && h.i <= 1 && h.group === 'cue')) s.othersReply = true;
  }
  sentences.push(s);
}

const OTHERS_BIT = CUE_BITS.get('others')!;
const SOME_REPORT = CUE_BITS.get('some')! | CUE_BITS.get('report')!;


const flagsOf = (h: Hit): number => h.flags ?? groupFlags(h.group);

/** dropInnerTerms(dropFalseFriends(hits)), with one pass over the hits when neither has anything to drop (most sentences). */
function refineHits(hits: Hit[]): Hit[] {
  let except = false;
  let named = false;
  for (const h of hits) {
    const f = flagsOf(h);
    if (f & HIT_EXCEPT) except = true;
    if (f & HIT_NAMED && h.j - h.i > 1) named = true;
  }
  if (except) return dropInnerTerms(dropFalseFriends(hits));
  return named ? dropInnerTerms(hits) : hits;
}

/** A word inside a longer name is not read on its own: "Muzyka" in "Konrad Muzyka" is not music. */
function dropInnerTerms(hits: Hit[]): Hit[] {
  let named = false;
  for (const h of hits) if (flagsOf(h) & HIT_NAMED && h.j - h.i > 1) named = true;
  if (!named) return hits;
  const names = hits.filter((h) => flagsOf(h) & HIT_NAMED && h.j - h.i > 1);
  return hits.filter((h) => !(h.group === 'term' && names.some((g) => g.i <= h.i && g.j >= h.j && g.j - g.i > h.j - h.i)));
}

function dropFalseFriends(hits: Hit[]): Hit[] {
  let hasExcept = false;
  for (const h of hits) if (flagsOf(h) & HIT_EXCEPT) hasExcept = true;
  if (!hasExcept) return hits;
  const ex = hits.filter((h) => h.group === 'except');
  return hits.filter((h) => h.group !== 'except' && !ex.some((e) => e.key === h.key && e.i <= h.i && e.j >= h.j));
}
