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

/**
 * What a polled check keeps in Redis as its job's return value: enough to debug, small enough that
 * thousands of finished jobs cost little. Manual checks keep the whole result (people read it back).
 */
export interface CheckSummary {
  url: string;
  canonicalUrl: string;
  skipped: CheckResult['skipped'];
  relevant: boolean | null;
  alerts: string[];
}

export function summarizeCheck(r: CheckResult): CheckSummary {
  return {
    url: r.url,
    canonicalUrl: r.canonicalUrl,
    skipped: r.skipped,
    relevant: r.verdict?.relevance.relevant ?? null,
    alerts: r.alerts.filter((a) => a.logged).map((a) => a.id),
  };
}
