import type { AnalyzedArticle } from './analyze-article.ts';
import type { CompiledClaim } from './compile-claims.ts';
import type { DateRange } from './parse/dates.ts';
import type { Quantity } from './parse/quantities.ts';
import type { NewFact } from './types.ts';

const MAX_FACTS = 12;

/** Every key the claims carry (their conditions and places): what is not among them is new. */
export function keysOfClaims(claims: readonly CompiledClaim[]): Set<string> {
  const keys = new Set<string>();
  for (const c of claims) {
    for (const k of c.allKeys) keys.add(k);
    for (const p of c.places) keys.add(p);
  }
  return keys;
}

/**
 * Facts of on-topic sentences that no claim carries: a troop figure, distance or share outside every claim's
 * interval (or about another period), a place no claim names, a date outside every claim's period, an event
 * such as a withdrawal or an exercise.
 */
export function findNewFacts(
  article: AnalyzedArticle,
  weights: number[],
  claims: CompiledClaim[],
  kinds: ReadonlyMap<string, string>,
  claimKeys: ReadonlySet<string> = keysOfClaims(claims),
): NewFact[] {
  const facts: NewFact[] = [];
  const seen = new Set<string>();
  // the values met so far as written, by kind: one met again needs no id built (a place named in many sentences)
  const met = new Map<string, Set<string>>();
  const add = (kind: string, value: string, sentence: string) => {
    if (facts.length >= MAX_FACTS) return;
    let raw = met.get(kind);
    if (raw === undefined) met.set(kind, (raw = new Set()));
    if (raw.has(value)) return;
    raw.add(value);
    const id = `${kind}:${value.toLowerCase()}`;
    if (seen.has(id)) return;
    seen.add(id);
    facts.push({ kind, value, sentence });
  };
  for (const s of article.sentences) {
    if (facts.length >= MAX_FACTS) break;
    if (weights[s.index]! <= 0) continue;
    for (const q of s.quantities) {
      if (q.kind === 'number' || q.yearLike) continue;
      if (!knownQuantity(claims, q) || datesOutside(claims, s.dates)) add(q.kind, q.text, s.text);
    }
    for (const h of s.hits) {
      // (the key's record carries its gazetteer kind: kinds.get(h.key) without the lookup)
      const kind = h.rec.kind;
      if (kind === 'place' && !claimKeys.has(h.key) && s.keys.has(h.key)) add('place', s.words(h), s.text);
      if (kind === 'event' && !claimKeys.has(h.key) && s.keys.has(h.key)) add('event', s.words(h), s.text);
    }
    for (const d of s.dates) if (!inSomePeriod(claims, d)) add('date', d.text, s.text);
  }
  return facts;
}

// (loops rather than some/every with arrow functions: tsx names every closure made per call)

/** Some claim has a quantity of q's kind whose interval meets q's. */
function knownQuantity(claims: readonly CompiledClaim[], q: Quantity): boolean {
  for (const c of claims) for (const cq of c.quantities) if (cq.kind === q.kind && q.max >= cq.min && q.min <= cq.max) return true;
  return false;
}

/** The sentence names dates, and all of them lie well outside every claim's period. */
function datesOutside(claims: readonly CompiledClaim[], dates: readonly DateRange[]): boolean {
  if (dates.length === 0) return false;
  for (const d of dates) for (const c of claims) if (c.period && !(d.from > c.period.to + 14 || d.to < c.period.from - 31)) return false;
  return true;
}

/** The date meets some claim's period. */
function inSomePeriod(claims: readonly CompiledClaim[], d: DateRange): boolean {
  for (const c of claims) if (c.period && d.to >= c.period.from && d.from <= c.period.to) return true;
  return false;
}
