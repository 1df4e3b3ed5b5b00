import type { KeyRecord, PhraseIndex } from './lexicon/phrase-index.ts';

/** A condition on one sentence: every key must occur in it. */
export type Cond = readonly string[];

/** Markers usable as terms: "$count" = the sentence has a troop count, etc.; "$neg" = a negation or denial. */
export const QUANTITY_TERMS = new Set(['$count', '$distance', '$share', '$number', '$neg', '$denial', '$small', '$only', '$majority', '$earlier']);

/**
 * Resolves the terms of a claims file to lookup keys: a gazetteer key stays as it is, a quantity marker too,
 * and any other word or phrase becomes a literal key "w:<text>" added to the phrase index.
 */
export class TermResolver {
  private readonly literals = new Set<string>();
  /** how many conditions use each key: the rarest key of a condition is its anchor */
  readonly usage = new Map<string, number>();
  constructor(
    private readonly index: PhraseIndex,
    private readonly gazetteerKeys: ReadonlySet<string>,
  ) {}

  key(term: string): string {
    if (term.startsWith('-')) return `-${this.key(term.slice(1))}`;
    if (this.gazetteerKeys.has(term) || QUANTITY_TERMS.has(term)) return term;
    const key = `w:${term.toLowerCase()}`;
    if (!this.literals.has(key)) {
      this.literals.add(key);
      this.index.add(key, 'word', term);
    }
    return key;
  }

  conds(sets: readonly (string | readonly string[])[] | undefined): CondSet {
    const conds = (sets ?? []).map((s) => (typeof s === 'string' ? [this.key(s)] : s.map((t) => this.key(t))));
    for (const c of conds) for (const k of c) this.usage.set(k, (this.usage.get(k) ?? 0) + 1);
    return new CondSet(conds, this.usage);
  }
}

export interface KeyHolder {
  readonly keys: ReadonlySet<string>;
  /** the records of `keys`, when the holder has them (a sentence): per-key tables are then read by record id */
  readonly recs?: readonly KeyRecord[];
  has(key: string): boolean;
}

/**
 * Conditions indexed by one of their words, so a sentence only tests the conditions whose anchor word it
 * contains: the cost follows the sentence's words, not the number of conditions.
 */
export class CondSet {
  private byKey: Map<string, number[]> | null = null;
  private anchorList: [string, number[]][] = [];
  private readonly unanchored: number[] = [];
  constructor(
    readonly conds: readonly Cond[],
    private readonly usage: ReadonlyMap<string, number> = new Map(),
  ) {}

  get length(): number {
    return this.conds.length;
  }

  /** The word each condition is filed under: its rarest plain word (chosen once all conditions are known). */
  anchors(): ReadonlyMap<string, number[]> {
    if (this.byKey) return this.byKey;
    this.byKey = new Map();
    this.conds.forEach((c, i) => {
      let anchor: string | undefined;
      for (const k of c) {
        if (k.charCodeAt(0) === 36 || k.charCodeAt(0) === 45) continue;
        if (anchor === undefined || (this.usage.get(k) ?? 0) < (this.usage.get(anchor) ?? 0)) anchor = k;
      }
      if (anchor === undefined) this.unanchored.push(i);
      else {
        const list = this.byKey!.get(anchor);
        if (list) list.push(i);
        else this.byKey!.set(anchor, [i]);
      }
    });
    this.anchorList = [...this.byKey];
    return this.byKey;
  }

  /** Conditions with no plain word to file them under (only markers): tested for every sentence. */
  unanchoredIndices(): readonly number[] {
    this.anchors();
    return this.unanchored;
  }

  /** Cheap pre-test: could any condition hold, i.e. is an anchor word (or an unanchored condition) there? */
  mayHold(s: KeyHolder): boolean {
    if (this.conds.length === 0) return false;
    this.anchors();
    if (this.unanchored.length) return true;
    if (this.anchorList.length < s.keys.size) {
      for (let a = 0; a < this.anchorList.length; a++) if (s.keys.has(this.anchorList[a]![0])) return true;
      return false;
    }
    for (const k of s.keys) if (this.byKey!.has(k)) return true;
    return false;
  }

  /** The first condition, in file order, that holds for the sentence (and passes `accept`). */
  first<S extends KeyHolder>(s: S, accept?: (c: Cond, s: S) => boolean): Cond | null {
    if (this.conds.length === 0) return null;
    const byKey = this.anchors();
    let best = Infinity;
    // walk whichever is shorter: the sentence's words or this set's anchors
    if (this.anchorList.length < s.keys.size) {
      for (let a = 0; a < this.anchorList.length; a++) {
        const [k, list] = this.anchorList[a]!;
        if (!s.keys.has(k)) continue;
        for (let n = 0; n < list.length; n++) {
          const i = list[n]!;
          if (i < best && condMatches(this.conds[i]!, s) && (!accept || accept(this.conds[i]!, s))) best = i;
        }
      }
    } else {
      for (const k of s.keys) {
        const list = byKey.get(k);
        if (list === undefined) continue;
        for (let n = 0; n < list.length; n++) {
          const i = list[n]!;
          if (i < best && condMatches(this.conds[i]!, s) && (!accept || accept(this.conds[i]!, s))) best = i;
        }
      }
    }
    for (let n = 0; n < this.unanchored.length; n++) {
      const i = this.unanchored[n]!;
      if (i < best && condMatches(this.conds[i]!, s) && (!accept || accept(this.conds[i]!, s))) best = i;
    }
    return best === Infinity ? null : this.conds[best]!;
  }
}

export function condMatches(cond: Cond, s: Pick<KeyHolder, 'has'>): boolean {
  for (let n = 0; n < cond.length; n++) {
    const k = cond[n]!;
    if (k.charCodeAt(0) === 45 ? s.has(k.slice(1)) : !s.has(k)) return false;
  }
  return true;
}



/**
 * Several condition sets read in one walk over the sentence's words (a claim's mentions, states, supports and
 * contradictions): returns the first holding condition of each set, in file order.
 */
/** Scratch slots for CondGroup.firsts (the engine is synchronous, one call at a time). */
const BEST: number[] = [Infinity, Infinity, Infinity, Infinity];

/**
 * One condition as CondGroup tests it: set and index, and the keys left to check once its anchor word is
 * known to be there (plain words first, negated words next, markers such as "$count" last: they parse).
 */
interface Entry {
  si: number;
  ci: number;
  /** keys that must be there (without the anchor), plain words before markers */
  must: Cond;
  /** keys that must not be there (the "-word" ones, without the "-") */
  mustNot: Cond;
  /** with key records (CondGroup.useRecords): the records of the plain words of `must` and `mustNot`, and the markers */
  mustRecs: KeyRecord[] | null;
  mustNotRecs: KeyRecord[] | null;
  markers: Cond;
  /** a plain word of `must` has no record: no sentence can hold it */
  never: boolean;
}

function entry(si: number, cond: Cond, ci: number, anchor: string | null, resolve: ((key: string) => KeyRecord | undefined) | null): Entry {
  const rest = [...cond];
  if (anchor !== null) rest.splice(rest.indexOf(anchor), 1);
  const must = rest.filter((k) => k.charCodeAt(0) !== 45);
  const mustNot = rest.filter((k) => k.charCodeAt(0) === 45).map((k) => k.slice(1));
  const rank = (k: string) => (k.charCodeAt(0) === 36 ? 1 : 0);
  const e: Entry = { si, ci, must: must.sort((x, y) => rank(x) - rank(y)), mustNot, mustRecs: null, mustNotRecs: null, markers: [], never: false };
  if (resolve) {
    const plain = (k: string) => k.charCodeAt(0) !== 36;
    e.mustRecs = [];
    for (const k of must.filter(plain)) {
      const rec = resolve(k);
      if (rec) e.mustRecs.push(rec);
      else e.never = true;
    }
    e.markers = must.filter((k) => !plain(k));
    e.mustNotRecs = [];
    for (const k of mustNot) {
      if (!plain(k)) {
        // a negated marker ("-$count"): read through the sentence
        e.mustRecs = e.mustNotRecs = null;
        break;
      }
      const rec = resolve(k);
      if (rec) e.mustNotRecs.push(rec);
    }
  }
  return e;
}

/** The sentence whose keys' records carry the current stamp (see stampKeys). */
let stamped: object | null = null;
let currentStamp = 0;

/**
 * Marks the records of the sentence's keys, so that CondGroup reads "does the sentence hold key k" from
 * k's record instead of a Set lookup, while this sentence is judged (the next call moves the marks on).
 */
export function stampKeys(s: { readonly recs: readonly KeyRecord[] }): void {
  currentStamp++;
  for (let r = 0; r < s.recs.length; r++) s.recs[r]!.stamp = currentStamp;
  stamped = s;
}

function entryHolds(e: Entry, s: Pick<KeyHolder, 'has'>): boolean {
  if (e.mustRecs !== null && s === stamped) {
    if (e.never) return false;
    const recs = e.mustRecs;
    for (let n = 0; n < recs.length; n++) if (recs[n]!.stamp !== currentStamp) return false;
    const markers = e.markers;
    for (let n = 0; n < markers.length; n++) if (!s.has(markers[n]!)) return false;
    const not = e.mustNotRecs!;
    for (let n = 0; n < not.length; n++) if (not[n]!.stamp === currentStamp) return false;
    return true;
  }
  const must = e.must;
  for (let n = 0; n < must.length; n++) if (!s.has(must[n]!)) return false;
  const mustNot = e.mustNot;
  for (let n = 0; n < mustNot.length; n++) if (s.has(mustNot[n]!)) return false;
  return true;
}

export class CondGroup {
  private byKey: Map<string, Entry[]> | null = null;
  private anchorList: [string, Entry[]][] = [];
  private unanchored: Entry[] = [];
  /** byKey by key record id (undefined: not looked up yet; null: no condition) */
  private readonly byId: (Entry[] | null | undefined)[] = [];
  private resolve: ((key: string) => KeyRecord | undefined) | null = null;
  constructor(readonly sets: readonly CondSet[]) {
    if (sets.length > BEST.length) throw new Error(`CondGroup: at most ${BEST.length} sets`);
  }

  private test<S extends KeyHolder>(list: readonly Entry[], s: S, accept: (c: Cond, s: S) => boolean, best: number[]): void {
    for (let n = 0; n < list.length; n++) {
      const e = list[n]!;
      if (e.ci >= best[e.si]!) continue;
      if (!entryHolds(e, s)) continue;
      const c = this.sets[e.si]!.conds[e.ci]!;
      if (accept(c, s)) best[e.si] = e.ci;
    }
  }

  /** Lets the conditions read key records (see stampKeys); call before the first firsts(). */
  useRecords(resolve: (key: string) => KeyRecord | undefined): void {
    if (this.byKey) throw new Error('CondGroup.useRecords: call it before the group is used');
    this.resolve = resolve;
  }

  private index(): Map<string, Entry[]> {
    if (this.byKey) return this.byKey;
    this.byKey = new Map();
    this.sets.forEach((set, si) => {
      for (const [k, list] of set.anchors()) {
        const entries = this.byKey!.get(k) ?? [];
        for (const ci of list) entries.push(entry(si, set.conds[ci]!, ci, k, this.resolve));
        this.byKey!.set(k, entries);
      }
      for (const ci of set.unanchoredIndices()) this.unanchored.push(entry(si, set.conds[ci]!, ci, null, this.resolve));
    });
    this.anchorList = [...this.byKey];
    return this.byKey;
  }

  firsts<S extends KeyHolder>(s: S, accept: (c: Cond, s: S) => boolean, out: (Cond | null)[]): (Cond | null)[] {
    const byKey = this.index();
    const best = BEST;
    best[0] = best[1] = best[2] = best[3] = Infinity;
    const recs = s.recs;
    if (byKey.size === 0) {
      // nothing anchored: only the unanchored conditions can hold
    } else if (recs === undefined && this.anchorList.length < s.keys.size) {
      for (let a = 0; a < this.anchorList.length; a++) {
        const [k, list] = this.anchorList[a]!;
        if (s.keys.has(k)) this.test(list, s, accept, best);
      }
    } else if (recs !== undefined) {
      // the sentence's key records, looked up by id in a table filled as keys are met
      const byId = this.byId;
      for (let r = 0; r < recs.length; r++) {
        const rec = recs[r]!;
        let list = byId[rec.id];
        if (list === undefined) {
          while (byId.length <= rec.id) byId.push(undefined);
          byId[rec.id] = list = byKey.get(rec.key) ?? null;
        }
        if (list !== null) this.test(list, s, accept, best);
      }
    } else {
      for (const k of s.keys) {
        const list = byKey.get(k);
        if (list !== undefined) this.test(list, s, accept, best);
      }
    }
    if (this.unanchored.length) this.test(this.unanchored, s, accept, best);
    for (let si = 0; si < this.sets.length; si++) out[si] = best[si]! === Infinity ? null : this.sets[si]!.conds[best[si]!]!;
    return out;
  }
}
