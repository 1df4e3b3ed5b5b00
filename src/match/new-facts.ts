import type { AnalyzedArticle } from './analyze-article.ts';
import type { CompiledClaim } from './compile-claims.ts';
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
  const add = (kind: string, value: string, sentence: string) => {
    const id = `${kind}:${value.toLowerCase()}`;
    if (seen.has(id) || facts.length >= MAX_FACTS) return;
    seen.add(id);
    facts.push({ kind, value, sentence });
  };
  for (const s of article.sentences) {
    if (facts.length >= MAX_FACTS) break;
    if (weights[s.index]! <= 0) continue;
    for (const q of s.quantities) {
      if (q.kind === 'number' || q.yearLike) continue;
      const datesOut = s.dates.length > 0 && s.dates.every((d) => claims.every((c) => !c.period || d.from > c.period.to + 14 || d.to < c.period.from - 31));
      const known = claims.some((c) => c.quantities.some((cq) => cq.kind === q.kind && q.max >= cq.min && q.min <= cq.max));
      if (!known || datesOut) add(q.kind, q.text, s.text);
    }
    for (const h of s.hits) {
      // (the key's record carries its gazetteer kind: kinds.get(h.key) without the lookup)
      const kind = h.rec.kind;
      if (kind === 'place' && !claimKeys.has(h.key) && s.keys.has(h.key)) add('place', s.words(h), s.text);
      if (kind === 'event' && !claimKeys.has(h.key) && s.keys.has(h.key)) add('event', s.words(h), s.text);
    }
    for (const d of s.dates) {
      const inClaim = claims.some((c) => c.period && d.to >= c.period.from && d.from <= c.period.to);
      if (!inClaim) add('date', d.text, s.text);
    }
  }
  return facts;
}
