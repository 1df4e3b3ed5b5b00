import type { Logger } from 'pino';
import { buildAlerts } from '../alert/build-alerts.ts';
import { emitAlerts, type AlertWriter } from '../alert/emit-alerts.ts';
import type { Sink } from '../alert/sinks/sink.ts';
import type { SeenStore } from '../dedup/seen-store.ts';
import { fingerprint } from '../dedup/content-fingerprint.ts';
import type { createNearDuplicateIndex } from '../dedup/near-duplicate-index.ts';
import { extractArticleFromBytes } from '../extract/extract-article.ts';
import type { Fetcher } from '../fetch/fetcher.ts';
import type { Matcher } from '../match/create-matcher.ts';
import { canonicalizeUrl } from '../url/canonical-url.ts';
import type { CheckResult } from './check-result.ts';
import type { Redis } from 'ioredis';

export interface CheckDeps {
  redis: Redis;
  prefix: string;
  seenTtlMs: number;
  fetcher: Fetcher;
  matcher: Matcher;
  seen: SeenStore;
  nearDuplicates: ReturnType<typeof createNearDuplicateIndex>;
  alertLog: AlertWriter;
  sinks: readonly Sink[];
  logger: Logger;
}

export interface CheckRequest {
  url: string;
  /** Source id, or "manual". */
  source: string;
  /** Manual checks re-evaluate a URL seen before; alerts stay idempotent by their ids. */
  manual: boolean;
  respectRobots?: boolean;
  userAgent?: string;
  feedTitle?: string | null;
  feedPublishedAt?: string | null;
}

/**
 * The one path that checks a URL: fetch -> extract -> match -> alert. The check-article job, the CLI
 * and the HTTP API all end here.
 */
export async function checkUrl(deps: CheckDeps, req: CheckRequest): Promise<CheckResult> {
  const fetched = await deps.fetcher.fetch(req.url, {
    kind: 'article',
    sourceId: req.source,
    respectRobots: req.respectRobots ?? true,
    ...(req.userAgent ? { userAgent: req.userAgent } : {}),
  });
  const article = extractArticleFromBytes(fetched.body, { url: fetched.finalUrl, charset: fetched.charset });
  const canonicalUrl = pageIdentity(article.canonicalUrl, fetched.finalUrl);
  const title = article.title ?? req.feedTitle ?? null;
  const publishedAt = article.publishedAt ?? req.feedPublishedAt ?? null;
  const base = {
    url: req.url,
    finalUrl: fetched.finalUrl,
    canonicalUrl,
    source: req.source,
    title,
    publishedAt,
    lang: article.lang,
    words: article.text.split(/\s+/).filter(Boolean).length,
  };

  // The page's own canonical URL can differ from the feed's link: a second story URL seen before is a repeat.
  if (!req.manual && canonicalUrl !== canonicalizeUrl(req.url) && !(await deps.seen.markUrl(canonicalUrl))) {
    return { ...base, skipped: 'duplicate-url', duplicateOf: canonicalUrl, verdict: null, alerts: [] };
  }

  const verdict = deps.matcher.match({ url: canonicalUrl, title, text: article.text, publishedAt, lang: article.lang });
  if (!verdict.relevance.relevant) {
    deps.logger.debug({ url: req.url, source: req.source, stage: 'match', score: verdict.relevance.score }, 'not relevant');
    return { ...base, lang: base.lang ?? verdict.lang, skipped: null, duplicateOf: null, verdict, alerts: [] };
  }

  // A syndicated copy (same body, other title and chrome) of an article already alerted is not new.
  const { duplicateOf } = await deps.nearDuplicates.findOrAdd(canonicalUrl, fingerprint(article.text));
  if (duplicateOf && duplicateOf !== canonicalUrl) {
    deps.logger.info({ url: req.url, source: req.source, stage: 'dedup', duplicateOf }, 'near-duplicate of an article already seen; no alert');
    return { ...base, lang: base.lang ?? verdict.lang, skipped: 'duplicate-content', duplicateOf, verdict, alerts: [] };
  }

  const alerts = buildAlerts(
    { key: canonicalUrl, url: canonicalUrl, title, source: req.source, publishedAt, lang: base.lang ?? verdict.lang },
    verdict,
  );
  const emitted = await emitAlerts(
    {
      redis: deps.redis,
      prefix: deps.prefix,
      ttlMs: deps.seenTtlMs,
      log: deps.alertLog,
      sinks: deps.sinks,
      onSinkError: (err) => deps.logger.warn({ stage: 'alert', err: err.message }, 'alert sink gave up; the alert is in the log'),
    },
    alerts,
  );
  return { ...base, lang: base.lang ?? verdict.lang, skipped: null, duplicateOf: null, verdict, alerts: emitted };
}

function pageIdentity(canonical: string | null, finalUrl: string): string {
  if (canonical) {
    try {
      return canonicalizeUrl(canonical, finalUrl);
    } catch {
      // A broken canonical link is the page's mistake; its own URL still identifies it.
    }
  }
  return canonicalizeUrl(finalUrl);
}
