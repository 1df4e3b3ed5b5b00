import type { RedisClient } from '../queue/connection.ts';
import type { Logger } from 'pino';
import { DEFAULT_USER_AGENT } from './accept-header.ts';
import { createConditionalGet } from './conditional-get.ts';
import { FetchError } from './fetch-error.ts';
import { createHostPacer } from './host-pacing.ts';
import { createHttpClient, type HttpClientOptions } from './http-client.ts';
import { createRobotsChecker } from './robots.ts';
import type { FetchRequest, FetchResult } from './types.ts';

export interface FetcherDeps {
  redis: RedisClient;
  prefix: string;
  allowPrivate: boolean;
  userAgent?: string;
  logger?: Logger;
  /** Requests at once per host, across all workers. Default 1. */
  hostConcurrency?: number;
  /** Minimum ms between request starts per host. Default 1000. */
  hostIntervalMs?: number;
  /** Client tuning (body cap, timeouts, redirects); defaults as in createHttpClient. */
  http?: Omit<HttpClientOptions, 'allowPrivate' | 'userAgent'>;
  /** Validators TTL in Redis. Default 30 days. */
  validatorsTtlSeconds?: number;
  /** robots.txt cache TTL. Default 24 h. */
  robotsTtlSeconds?: number;
}

export interface Fetcher {
  fetch(url: string, req: FetchRequest): Promise<FetchResult>;
  /** `force` aborts requests in flight instead of waiting for them. */
  close(opts?: { force?: boolean }): Promise<void>;
}

/**
 * The fetch stage as jobs use it: host pacing (a busy host throws FetchError 'host-busy' at once,
 * never waits), robots.txt (pages and articles by default; its Crawl-delay, up to 60 s, widens the
 * host's interval), conditional GET (feeds and listing pages by default), then the shared HTTP client.
 */
export function createFetcher(deps: FetcherDeps): Fetcher {
  const userAgent = deps.userAgent ?? DEFAULT_USER_AGENT;
  const hostIntervalMs = deps.hostIntervalMs ?? 1000;
  const client = createHttpClient({ ...deps.http, allowPrivate: deps.allowPrivate, userAgent });
  const validators = createConditionalGet({
    redis: deps.redis,
    prefix: deps.prefix,
    ...(deps.validatorsTtlSeconds !== undefined ? { ttlSeconds: deps.validatorsTtlSeconds } : {}),
  });
  const pacer = createHostPacer({
    redis: deps.redis,
    prefix: deps.prefix,
    concurrency: deps.hostConcurrency ?? 1,
    intervalMs: hostIntervalMs,
    // A slot outlives the slowest possible request (robots.txt plus the page) and no more.
    leaseMs: 2 * (deps.http?.timeoutMs ?? 30_000) + 5_000,
  });
  const robots = createRobotsChecker({
    client,
    redis: deps.redis,
    prefix: deps.prefix,
    userAgent,
    ...(deps.robotsTtlSeconds !== undefined ? { ttlSeconds: deps.robotsTtlSeconds } : {}),
  });

  async function fetch(url: string, req: FetchRequest): Promise<FetchResult> {
    let host: string;
    try {
      const u = new URL(url);
      if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new Error(`scheme ${u.protocol}`);
      host = u.hostname;
    } catch (err) {
      throw new FetchError('bad-url', `not an http(s) URL: ${JSON.stringify(url)} (source ${req.sourceId})`, url, { permanent: true, cause: err });
    }
    const conditional = req.conditional ?? (req.kind === 'feed' || req.kind === 'page');
    const respectRobots = req.respectRobots ?? (req.kind === 'page' || req.kind === 'article');
    const ua = req.userAgent ?? userAgent;
    const log = deps.logger?.child({ sourceId: req.sourceId, url, stage: 'fetch' });

    const slot = await pacer.acquire(host);
    if (!slot.ok) {
      log?.debug({ host, waitMs: slot.waitMs }, 'host busy');
      throw new FetchError('host-busy', `host ${host} is busy, next slot in ${slot.waitMs} ms (source ${req.sourceId})`, url, {
        retryAfterMs: slot.waitMs,
        permanent: false,
      });
    }
    let crawlDelayMs: number | null = null;
    try {
      if (respectRobots) {
        const verdict = await robots.check(url, ua);
        if (!verdict.allowed && verdict.temporary) {
          // RFC 9309: an unreachable robots.txt means "disallow for now" - retry later, do not drop the URL.
          throw new FetchError('robots-disallowed', `robots.txt of ${host} is unreachable (${verdict.reason}); retry later (source ${req.sourceId})`, url, {
            permanent: false,
            retryAfterMs: verdict.retryAfterMs,
          });
        }
        if (!verdict.allowed) {
          throw new FetchError('robots-disallowed', `robots.txt of ${host} disallows ${url} for ${ua} (source ${req.sourceId})`, url, { permanent: true });
        }
        crawlDelayMs = verdict.crawlDelayMs;
      }
      const stored = conditional ? await validators.load(url) : null;
      const started = Date.now();
      const raw = await client.get(url, { kind: req.kind, userAgent: ua, etag: stored?.etag ?? null, lastModified: stored?.lastModified ?? null });
      const result = validators.compare(raw, stored);
      if (conditional) await validators.save(url, result, stored);
      log?.debug({ status: result.status, notModified: result.notModified, bytes: result.bytes, ms: Date.now() - started }, 'fetched');
      return result;
    } finally {
      // A Crawl-delay longer than our own interval spaces the next request to this host further.
      if (crawlDelayMs !== null && crawlDelayMs > hostIntervalMs) {
        await pacer.holdOff(host, crawlDelayMs).catch((err: unknown) => log?.warn({ err }, 'could not apply Crawl-delay'));
      }
      await slot.release().catch((err: unknown) => log?.warn({ err }, 'host slot release failed; the lease will expire'));
    }
  }

  return { fetch, close: (opts = {}) => (opts.force ? client.destroy() : client.close()) };
}
