import type { NewFact } from '../match/types.ts';

/**
 * The product's output. Field names are an interface (documented in docs/alerts.md): readers and other
 * tools rely on them. Each alert is one pino JSON line in ALERT_LOG and on stdout; pino adds
 * `level`, `time` and `msg`.
 */
interface AlertCommon {
  /** Stable: the same article (and claim) always gives the same id, so a repeat is recognisable. */
  id: string;
  url: string;
  title: string | null;
  /** Source id from the sources file, or "manual" for a manual check. */
  source: string;
  publishedAt?: string;
  lang?: string;
}

export interface NewAlert extends AlertCommon {
  alert: 'new';
  supports: string[];
  contradicts: string[];
  discusses: string[];
  /** Facts the article brings that no claim carries. */
  facts: NewFact[];
  relevance: number;
  reasons: string[];
}

export interface ContradictionAlert extends AlertCommon {
  alert: 'contradiction';
  claim: string;
  /** The sentence that contradicts the claim, verbatim. */
  evidence: string;
  /** What was compared, e.g. "count 15,000 vs claimed about 1,100". */
  reason: string;
  confidence: number;
}

export type Alert = NewAlert | ContradictionAlert;
export type AlertKind = Alert['alert'];
