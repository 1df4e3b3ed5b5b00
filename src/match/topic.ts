import type { Topic } from '../config/claims-file.ts';
import type { Sentence } from './analyze-article.ts';
import { G } from './lexicon/builtin-phrases.ts';
import type { PhraseIndex } from './lexicon/phrase-index.ts';
import { isoToDay } from './parse/dates.ts';
import { type Cond, condMatches, type CondSet, type TermResolver } from './terms.ts';

/** The topic definition of a claims file, resolved to lookup keys. */
export interface CompiledTopic {
  name: string;
  subject: CondSet;
  forces: CondSet;
  places: CondSet;
  actions: CondSet;
  exclude: CondSet;
  elsewhere: CondSet;
  reversals: CondSet;
  events: CondSet;
  periodFrom: number | null;
  periodTo: number | null;
  /** single keys of `subject` (who the topic is about), to tell whose troops a number counts */
  subjectKeys: Set<string>;
  /** single keys of `forces` (the things the topic is about: troops, tanks, nuclear weapons) */
  forceKeys: Set<string>;
  /** facet bits of the one-word conditions, by word: most conditions are one word, read with one lookup */
  singleBits: Map<string, number>;
  /** the longer conditions, filed under their anchor word, with the facet bit they set */
  multi: Map<string, { cond: Cond; bit: number }[]>;
  /** the conditions with no plain word to file them under (tested for every sentence with keys) */
  unanchored: { cond: Cond; bit: number }[] | null;
}

const SUBJECT = 1;
const FORCES = 2;
const PLACE = 4;
const ACTION = 8;
const EXCLUDE = 16;
const ELSEWHERE = 32;

export function compileTopic(topic: Topic, terms: TermResolver): CompiledTopic {
  const subject = terms.conds(topic.subject);
  const sets: [CondSet, number][] = [];
  const compiled = {
    name: topic.name ?? 'topic',
    subject,
    forces: terms.conds(topic.forces),
    places: terms.conds(topic.places),
    actions: terms.conds(topic.actions),
    exclude: terms.conds(topic.exclude),
    elsewhere: terms.conds(topic.elsewhere),
    reversals: terms.conds(topic.reversals),
    events: terms.conds(topic.events),
    periodFrom: isoToDay(topic.period?.from),
    periodTo: isoToDay(topic.period?.to),
    subjectKeys: new Set(subject.conds.flat()),
    forceKeys: new Set<string>(),
    singleBits: new Map<string, number>(),
    multi: new Map<string, { cond: Cond; bit: number }[]>(),
    unanchored: null as { cond: Cond; bit: number }[] | null,
  };
  for (const c of compiled.forces.conds) if (c.length === 1) compiled.forceKeys.add(c[0]!);
  sets.push([compiled.subject, SUBJECT], [compiled.forces, FORCES], [compiled.places, PLACE], [compiled.actions, ACTION], [compiled.exclude, EXCLUDE], [compiled.elsewhere, ELSEWHERE]);
  for (const [set, bit] of sets) {
    for (const cond of set.conds) {
      const plain = cond.every((k) => k.charCodeAt(0) !== 36 && k.charCodeAt(0) !== 45);
      if (cond.length === 1 && plain) compiled.singleBits.set(cond[0]!, (compiled.singleBits.get(cond[0]!) ?? 0) | bit);
      else {
        const anchor = cond.find((k) => k.charCodeAt(0) !== 36 && k.charCodeAt(0) !== 45) ?? '';
        const list = compiled.multi.get(anchor);
        if (list) list.push({ cond, bit });
        else compiled.multi.set(anchor, [{ cond, bit }]);
      }
    }
  }
  compiled.unanchored = compiled.multi.get('') ?? null;
  return compiled;
}

/**
 * Files the topic's conditions on the index's key records (rec.topicBits, rec.topicMulti), so that
 * topicFacets reads a sentence's keys without a lookup. Call once the index is complete.
 */
export function attachTopic(t: CompiledTopic, index: PhraseIndex): void {
  for (const [k, bits] of t.singleBits) {
    const rec = index.existingRecord(k);
    if (rec) rec.topicBits |= bits;
  }
  for (const [k, list] of t.multi) {
    const rec = k === '' ? undefined : index.existingRecord(k);
    if (rec) rec.topicMulti = [...(rec.topicMulti ?? []), ...list];
  }
}

/** How one sentence relates to the topic. */
export interface TopicFacets {
  subject: boolean;
  forces: boolean;
  place: boolean;
  action: boolean;
  exclude: boolean;
  elsewhere: boolean;
  /** every date it names is before the topic's period */
  history: boolean;
}


const NONE: TopicFacets = { subject: false, forces: false, place: false, action: false, exclude: false, elsewhere: false, history: false };

export function topicFacets(t: CompiledTopic, s: Sentence): TopicFacets {
  if (s.keys.size === 0) return NONE;
  // One pass over the sentence's words: one-word conditions by lookup, longer ones by their anchor word.
  // (the records carry what attachTopic filed on them)
  let bits = 0;
  const recs = s.recs;
  for (let r = 0; r < recs.length; r++) {
    const rec = recs[r]!;
    bits |= rec.topicBits;
    const list = rec.topicMulti;
    if (list !== null) for (const m of list) if ((bits & m.bit) === 0 && condMatches(m.cond, s)) bits |= m.bit;
  }
  const unanchored = t.unanchored;
  if (unanchored !== null) for (const m of unanchored) if ((bits & m.bit) === 0 && condMatches(m.cond, s)) bits |= m.bit;
  // "к границе отправили тысячу сто человек": a number of men is a force even when no force word names it
  // (asked only of sentences with a place or action and no force word; the quantities are parsed once, then kept)
  if ((bits & (FORCES | EXCLUDE)) === 0 && (bits & (PLACE | ACTION)) !== 0 && troopCount(s)) bits |= FORCES;
  const forces = (bits & FORCES) !== 0;
  const place = (bits & PLACE) !== 0;
  const action = (bits & ACTION) !== 0;
  // dates are parsed only where they can matter: a sentence that could be on topic
  const dates = t.periodFrom === null || !forces || !(place || action) ? NO_DATES : s.dates;
  const history = dates.length > 0 && dates.every((d) => d.to < t.periodFrom!);
  // one shared, frozen object per combination of facets: nothing is allocated per sentence
  return FACETS[bits | (history ? HISTORY : 0)]!;
}

/** The sentence counts people as troops ("1,100 men", "тысячу сто человек", "300 осіб"), not as a manner of speaking. */
function troopCount(s: Sentence): boolean {
  let unit = false;
  for (const h of s.hits) if (h.group === G.unit && h.key === 'troops') unit = true;
  if (!unit) return false;
  for (const q of s.quantities) if (q.kind === 'count' && q.unit === 'troops' && !q.generic && !q.yearLike) return true;
  return false;
}

const HISTORY = 64;
const NO_DATES: readonly { to: number }[] = [];
const FACETS: readonly TopicFacets[] = Array.from({ length: 128 }, (_, b) =>
  Object.freeze({
    subject: (b & SUBJECT) !== 0,
    forces: (b & FORCES) !== 0,
    place: (b & PLACE) !== 0,
    action: (b & ACTION) !== 0,
    exclude: (b & EXCLUDE) !== 0,
    elsewhere: (b & ELSEWHERE) !== 0,
    history: (b & HISTORY) !== 0,
  }),
);
