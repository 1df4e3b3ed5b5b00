import type { ClaimFacts, ClaimSpec, QuantitySpec } from '../config/claims-file.ts';
import { analyzeArticle } from './analyze-article.ts';
import { G } from './lexicon/builtin-phrases.ts';
import type { PhraseIndex } from './lexicon/phrase-index.ts';
import { STOPWORDS } from './lexicon/stopwords.ts';
import { isoToDay } from './parse/dates.ts';
import type { QuantityKind } from './parse/quantities.ts';
import { CondGroup, type CondSet, type TermResolver } from './terms.ts';

/** A claimed quantity as an accepted interval (km for distances, 0..1 for shares). */
export interface ClaimQuantity {
  kind: Exclude<QuantityKind, 'number'>;
  /** for counts: what is counted (troops unless the file says otherwise) */
  unit: string | null;
  value: number;
  min: number;
  max: number;
  /** the whole a share refers to, in troops */
  base: number | null;
  label: string;
}

export interface CompiledClaim {
  id: string;
  statement: string;
  position: number;
  /** days (see dates.ts) the claim is about; null = timeless */
  period: { from: number; to: number } | null;
  quantities: ClaimQuantity[];
  places: string[];
  /**
   * The claim's own core: the places, actors and equipment its facts name (null when they name none). A sentence
   * that only negates some of the claim's words contradicts it only when it carries one of these (or the
   * condition names a quantity): "not one battalion was ordered across the border" does not deny troops
   * ordered toward Gomel.
   */
  core: Set<string> | null;
  mentions: CondSet;
  states: CondSet;
  contradictedBy: CondSet;
  supportedBy: CondSet;
  /** states, mentions, contradictedBy and supportedBy read together */
  group: CondGroup;
  polarity: 'positive' | 'negative';
  /** content keys of the statement, for claims without mention/state conditions */
  keywords: string[];
  /** every key the claim's conditions use (for the index) */
  allKeys: Set<string>;
}

const DEFAULT_TOLERANCE: Record<ClaimQuantity['kind'], number> = { count: 0.3, distance: 0.35, share: 0.25 };

export function compileClaim(spec: ClaimSpec, position: number, index: PhraseIndex, terms: TermResolver, gazetteerKinds: Map<string, string>): CompiledClaim {
  const facts = spec.facts ?? {};
  const statement = analyzeArticle(null, spec.statement, spec.date ?? null, index, { requires: new Map() });
  const sentences = statement.sentences;
  const quantities = (facts.quantities ?? []).map(fromSpec);
  if (!facts.quantities) {
    for (const s of sentences)
      for (const q of s.quantities) {
        if (q.kind === 'number') continue;
        const tol = DEFAULT_TOLERANCE[q.kind];
        const spread = q.kind === 'share' ? Math.max(0.05, q.value * tol) : q.value * tol;
        quantities.push({ kind: q.kind, unit: q.unit, value: q.value, min: Math.min(q.min, q.value - spread), max: Math.max(q.max, q.value + spread), base: null, label: q.text });
      }
  }
  const keywords = new Set<string>();
  const negations = new Set<string>();
  for (const s of sentences) {
    const covered = new Set<number>();
    for (const h of s.hits) {
      if (h.group === G.cue && (h.key === 'negation' || h.key === 'denial')) negations.add(h.key);
      if (!gazetteerKinds.has(h.key)) continue;
      keywords.add(h.key);
      for (let k = h.i; k < h.j; k++) covered.add(k);
    }
    s.tokens.forEach((t, k) => {
      if (covered.has(k) || t.d || t.n.length < 4 || STOPWORDS.has(t.n)) return;
      if (s.hits.some((h) => h.i <= k && h.j > k && h.group !== 'word')) return;
      keywords.add(terms.key(stemOf(t.n)));
    });
  }
  const places = (facts.places ?? []).map((p) => terms.key(p));
  if (!facts.places) for (const k of keywords) if (gazetteerKinds.get(k) === 'place') places.push(k);
  const from = spec.window?.from ?? null;
  const to = spec.window?.to ?? spec.date ?? null;
  const toDay = isoToDay(to);
  const fromDay = isoToDay(from) ?? (toDay === null ? null : toDay - 31);
  const claim: CompiledClaim = {
    id: spec.id,
    statement: spec.statement,
    position,
    period: fromDay !== null && toDay !== null ? { from: fromDay, to: toDay } : null,
    quantities,
    places,
    core: coreOf(facts, terms),
    mentions: terms.conds(facts.mentions ?? mentionsFromFacts(facts)),
    states: terms.conds(facts.states),
    contradictedBy: terms.conds(facts.contradictedBy),
    supportedBy: terms.conds(facts.supportedBy),
    group: new CondGroup([]),
    polarity: facts.polarity ?? (negations.size ? 'negative' : 'positive'),
    keywords: [...keywords],
    allKeys: new Set(),
  };
  for (const set of [claim.mentions, claim.states, claim.contradictedBy, claim.supportedBy]) for (const c of set.conds) for (const k of c) claim.allKeys.add(k);
  claim.group = new CondGroup([claim.states, claim.mentions, claim.contradictedBy, claim.supportedBy]);
  for (const k of claim.keywords) claim.allKeys.add(k);
  for (const k of [...claim.allKeys]) if (k.startsWith('-')) claim.allKeys.delete(k);
  return claim;
}

function coreOf(facts: ClaimFacts, terms: TermResolver): Set<string> | null {
  const keys = [...(facts.places ?? []), ...(facts.actors ?? []), ...(facts.equipment ?? [])].map((k) => terms.key(k));
  return keys.length ? new Set(keys) : null;
}

/**
 * Without written mentions, the facts a claim names mark the sentences that touch it: each actor, and each
 * piece of equipment at each place (or anywhere when no place is given).
 */
function mentionsFromFacts(facts: ClaimFacts): string[][] | undefined {
  const out: string[][] = (facts.actors ?? []).map((a) => [a]);
  for (const e of facts.equipment ?? []) {
    if (facts.places?.length) for (const p of facts.places) out.push([e, p]);
    else out.push([e]);
  }
  return out.length ? out : undefined;
}

function fromSpec(q: QuantitySpec): ClaimQuantity {
  const factor = q.unit === 'mi' ? 1.609 : q.unit === 'percent' ? 0.01 : 1;
  const value = q.value * factor;
  const tol = q.tolerance ?? DEFAULT_TOLERANCE[q.kind];
  const min = q.min !== undefined ? q.min * factor : value * (1 - tol);
  const max = q.max !== undefined ? q.max * factor : value * (1 + tol);
  const unit = q.kind === 'count' ? (q.unit === undefined || q.unit === 'army' ? 'troops' : q.unit) : null;
  return { kind: q.kind, unit, value, min, max, base: q.base ?? null, label: q.label ?? String(q.value) };
}

/** A crude stem that survives inflection in all four languages: the first ~70 % of a longer word. */
export function stemOf(word: string): string {
  if (word.length <= 4) return word;
  return `${word.slice(0, Math.max(4, Math.ceil(word.length * 0.7)))}*`;
}
