import type { Verdict } from '../match/types.ts';
import { alertId } from './alert-id.ts';
import type { Alert, ContradictionAlert, NewAlert } from './types.ts';

export interface AlertSubject {
  /** The article's identity: its canonical URL. */
  key: string;
  url: string;
  title: string | null;
  source: string;
  publishedAt: string | null;
  lang: string | null;
}

/**
 * Turns a verdict into the alerts it calls for: nothing for an irrelevant article; one `new` alert for a
 * relevant one; and one `contradiction` alert per claim it contradicts.
 */
export function buildAlerts(subject: AlertSubject, verdict: Verdict): Alert[] {
  if (!verdict.relevance.relevant) return [];
  const common = {
    url: subject.url,
    title: subject.title,
    source: subject.source,
    ...(subject.publishedAt ? { publishedAt: subject.publishedAt } : {}),
    ...(subject.lang ?? verdict.lang ? { lang: (subject.lang ?? verdict.lang)! } : {}),
  };
  const byStance = (stance: string) => verdict.claims.filter((c) => c.stance === stance).map((c) => c.claimId);
  const fresh: NewAlert = {
    id: alertId('new', subject.key),
    alert: 'new',
    ...common,
    supports: byStance('supports'),
    contradicts: byStance('contradicts'),
    discusses: byStance('discusses'),
    facts: verdict.newFacts,
    relevance: round(verdict.relevance.score),
    reasons: verdict.relevance.reasons,
  };
  const contradictions: ContradictionAlert[] = verdict.claims
    .filter((c) => c.stance === 'contradicts')
    .map((c) => ({
      id: alertId('contradiction', subject.key, c.claimId),
      alert: 'contradiction',
      ...common,
      claim: c.claimId,
      evidence: c.evidence[0] ?? '',
      reason: c.reason,
      confidence: round(c.confidence),
    }));
  return [fresh, ...contradictions];
}

export function alertMessage(alert: Alert): string {
  const title = alert.title ?? alert.url;
  return alert.alert === 'new' ? `new relevant report: ${title}` : `contradicts ${alert.claim}: ${title}`;
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
