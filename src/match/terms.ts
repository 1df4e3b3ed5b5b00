import type { PhraseIndex } from './lexicon/phrase-index.ts';

/** A condition on one sentence: every key must occur in it. */
export type Cond = readonly string[];

/** Markers usable as terms: "$count" = the sentence has a troop count, etc.; "$neg" = a negation or denial. */
export const QUANTITY_TERMS = new Set(['$count', '$distance', '$share', '$number', '$neg', '$denial', '$small', '$only', '$majority']);

/**
 * Resolves the terms of a claims file to lookup keys: a gazetteer key stays as it is, a quantity marker too,
 * and any other word or phrase becomes a literal key "w:<text>" added to the phrase index.
 */
export class TermResolver {
  private readonly literals = new Set<string>();
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
    return new CondSet((sets ?? []).map((s) => (typeof s === 'string' ? [this.key(s)] : s.map((t) => this.key(t)))));
  }
}

export interface KeyHolder {
  readonly keys: ReadonlySet<string>;
  has(key: string): boolean;
}

/**
 * Conditions indexed by one of their words, so a sentence only tests the conditions whose anchor word it
 * contains: the cost follows the sentence's words, not the number of conditions.
 */
export class CondSet {
  private readonly byKey = new Map<string, number[]>();
  private readonly unanchored: number[] = [];
  constructor(readonly conds: readonly Cond[]) {
    conds.forEach((c, i) => {
      const anchor = c.find((k) => k.charCodeAt(0) !== 36 && k.charCodeAt(0) !== 45);
      if (anchor === undefined) this.unanchored.push(i);
      else {
        const list = this.byKey.get(anchor);
        if (list) list.push(i);
        else this.byKey.set(anchor, [i]);
      }
    });
  }

  get length(): number {
    return this.conds.length;
  }

  /** The first condition, in file order, that holds for the sentence (and passes `accept`). */
  first(s: KeyHolder, accept?: (c: Cond) => boolean): Cond | null {
    let best = Infinity;
    const test = (i: number) => {
      if (i >= best) return;
      const c = this.conds[i]!;
      if (condMatches(c, s) && (!accept || accept(c))) best = i;
    };
    for (const k of s.keys) {
      const list = this.byKey.get(k);
      if (list) for (const i of list) test(i);
    }
    for (const i of this.unanchored) test(i);
    return best === Infinity ? null : this.conds[best]!;
  }
}

export function condMatches(cond: Cond, s: Pick<KeyHolder, 'has'>): boolean {
  for (const k of cond) {
    if (k.charCodeAt(0) === 45 ? s.has(k.slice(1)) : !s.has(k)) return false;
  }
  return true;
}


