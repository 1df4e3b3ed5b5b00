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

  conds(sets: readonly (string | readonly string[])[] | undefined): Cond[] {
    return (sets ?? []).map((s) => (typeof s === 'string' ? [this.key(s)] : s.map((t) => this.key(t))));
  }
}

export interface KeyHolder {
  has(key: string): boolean;
}

export function condMatches(cond: Cond, s: KeyHolder): boolean {
  for (const k of cond) {
    if (k.charCodeAt(0) === 45 ? s.has(k.slice(1)) : !s.has(k)) return false;
  }
  return true;
}

export function anyCond(conds: readonly Cond[], s: KeyHolder): Cond | null {
  for (const c of conds) if (condMatches(c, s)) return c;
  return null;
}
