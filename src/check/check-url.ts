import { setTimeout } from 'node:timers/promises';
import type { Logger } from 'pino';
import { buildAlerts } from '../alert/build-alerts.ts';
import { emitAlerts, type AlertWriter } from '../alert/emit-alerts.ts';
import type { Sink } from '../alert/sinks/sink.ts';
import type { SeenStore } from '../dedup/seen-store.ts';
import { fingerprint } from '../dedup/content-fingerprint.ts';
import type { createNearDuplicateIndex } from '../dedup/near-duplicate-index.ts';
import { extractArticleFromBytes } from '../extract/extract-article.ts';
import { FetchError } from '../fetch/fetch-error.ts';
import type { Fetcher } from '../fetch/fetcher.ts';
import { META_REFRESH_MAX_HOPS, metaRefreshTarget } from '../fetch/meta-refresh.ts';
import type { FetchRequest, FetchResult } from '../fetch/types.ts';
import type { Matcher } from '../match/create-matcher.ts';
import { canonicalizeUrl } from '../url/canonical-url.ts';
import type { CheckResult } from './check-result.ts';
import type { RedisClient } from '../queue/connection.ts';

export interface CheckDeps {
  redis: RedisClient;
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
  const fetched = await fetchArticle(deps.fetcher, req.url, {
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

/**
 * Fetches the article, following meta-refresh redirects as a browser would. Each hop is an ordinary fetch
 * (address guard, robots, size and time limits apply again); a loop or a long chain is a permanent error.
 */
async function fetchArticle(fetcher: Fetcher, url: string, req: FetchRequest): Promise<FetchResult> {
  let fetched = await fetcher.fetch(url, req);
  const visited = new Set([fetched.url, fetched.finalUrl]);
  for (let hop = 1; ; hop++) {
    const target = metaRefreshTarget(fetched.body, fetched.finalUrl);
    if (target === null) return fetched;
    if (visited.has(target) || hop > META_REFRESH_MAX_HOPS)
      throw new FetchError('too-many-redirects', `meta refresh ${visited.has(target) ? 'loop' : `chain longer than ${META_REFRESH_MAX_HOPS}`} (last ${fetched.finalUrl} -> ${target})`, url, { permanent: true });
    const next = await fetchWhenHostFree(fetcher, target, req);
    visited.add(next.url).add(next.finalUrl);
    fetched = { ...next, url };
  }
}

/** A hop usually goes to the host just fetched: wait for its politeness slot rather than drop the first fetch. */
const HOP_MAX_WAIT_MS = 30_000;

async function fetchWhenHostFree(fetcher: Fetcher, url: string, req: FetchRequest): Promise<FetchResult> {
  const deadline = Date.now() + HOP_MAX_WAIT_MS;
  for (;;) {
    try {
      return await fetcher.fetch(url, req);
    } catch (err) {
      const waitMs = err instanceof FetchError && err.kind === 'host-busy' ? (err.retryAfterMs ?? 1000) : null;
      if (waitMs === null || Date.now() + waitMs > deadline) throw err;
      await setTimeout(Math.max(waitMs, 10));
    }
  }
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
