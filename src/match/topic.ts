import type { Topic } from '../config/claims-file.ts';
import type { Sentence } from './analyze-article.ts';
import { isoToDay } from './parse/dates.ts';
import { anyCond, type Cond, type TermResolver } from './terms.ts';

/** The topic definition of a claims file, resolved to lookup keys. */
export interface CompiledTopic {
  name: string;
  subject: Cond[];
  forces: Cond[];
  places: Cond[];
  actions: Cond[];
  exclude: Cond[];
  elsewhere: Cond[];
  reversals: Cond[];
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
    subjectKeys: new Set(subject.flat()),
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

export function topicFacets(t: CompiledTopic, s: Sentence): TopicFacets {
  const dates = t.periodFrom === null ? [] : s.dates;
  return {
    subject: anyCond(t.subject, s) !== null,
    forces: anyCond(t.forces, s) !== null,
    place: anyCond(t.places, s) !== null,
    action: anyCond(t.actions, s) !== null,
    exclude: anyCond(t.exclude, s) !== null,
    elsewhere: anyCond(t.elsewhere, s) !== null,
    history: dates.length > 0 && dates.every((d) => d.to < t.periodFrom!),
  };
}
