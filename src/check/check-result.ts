import type { EmittedAlert } from '../alert/emit-alerts.ts';
import type { Verdict } from '../match/types.ts';

/** What one check of one URL found: returned by the job, printed by `claimwatch check`, served by the API. */
export interface CheckResult {
  url: string;
  finalUrl: string;
  /** The article's identity: its own canonical URL when it gives one. */
  canonicalUrl: string;
  source: string;
  title: string | null;
  publishedAt: string | null;
  lang: string | null;
  words: number;
  /** Why no verdict was reached or no alert was raised, when that is the case. */
  skipped: null | 'duplicate-url' | 'duplicate-content';
  duplicateOf: string | null;
  verdict: Verdict | null;
  alerts: EmittedAlert[];
}
