import type { Topic } from '../config/claims-file.ts';
import type { Sentence } from './analyze-article.ts';
import { isoToDay } from './parse/dates.ts';
import type { CondSet, TermResolver } from './terms.ts';

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
  periodFrom: number | null;
  periodTo: number | null;
  /** single keys of `subject` (who the topic is about), to tell whose troops a number counts */
  subjectKeys: Set<string>;
}

export function compileTopic(topic: Topic, terms: TermResolver): CompiledTopic {
  const subject = terms.conds(topic.subject);
  return {
    name: topic.name ?? 'topic',
    subject,
    forces: terms.conds(topic.forces),
    places: terms.conds(topic.places),
    actions: terms.conds(topic.actions),
    exclude: terms.conds(topic.exclude),
    elsewhere: terms.conds(topic.elsewhere),
    reversals: terms.conds(topic.reversals),
    periodFrom: isoToDay(topic.period?.from),
    periodTo: isoToDay(topic.period?.to),
    subjectKeys: new Set(subject.conds.flat()),
  };
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

function holds(set: CondSet, s: Sentence): boolean {
  return set.mayHold(s) && set.first(s) !== null;
}

const NONE: TopicFacets = { subject: false, forces: false, place: false, action: false, exclude: false, elsewhere: false, history: false };

export function topicFacets(t: CompiledTopic, s: Sentence): TopicFacets {
  if (s.keys.size === 0) return NONE;
  // Only sets with an anchor word in this sentence can hold: test those, skip the rest.
  const forces = holds(t.forces, s);
  const place = holds(t.places, s);
  const action = holds(t.actions, s);
  // dates are parsed only where they can matter: a sentence that could be on topic
  const dates = t.periodFrom === null || !forces || !(place || action) ? [] : s.dates;
  return {
    subject: holds(t.subject, s),
    forces,
    place,
    action,
    exclude: holds(t.exclude, s),
    elsewhere: holds(t.elsewhere, s),
    history: dates.length > 0 && dates.every((d) => d.to < t.periodFrom!),
  };
}
