import type { RedisClient } from '../queue/connection.ts';
import type { Logger } from 'pino';
import type { AlertWriter } from '../alert/emit-alerts.ts';
import type { Sink } from '../alert/sinks/sink.ts';
import type { CheckDeps } from '../check/check-url.ts';
import type { Env } from '../config/env.ts';
import type { Source } from '../config/sources-file.ts';
import { createSeenStore, type SeenStore } from '../dedup/seen-store.ts';
import { createNearDuplicateIndex } from '../dedup/near-duplicate-index.ts';
import { createFetcher, type Fetcher } from '../fetch/fetcher.ts';
import type { Matcher } from '../match/create-matcher.ts';
import type { Queues } from '../queue/queues.ts';
import { createSourceStateStore, type SourceStateStore } from '../source-state/source-state.ts';

/** Everything a job processor needs, built once per worker process and passed in (no globals). */
export interface WorkerContext {
  env: Env;
  sources: Map<string, Source>;
  redis: RedisClient;
  queues: Queues;
  fetcher: Fetcher;
  seen: SeenStore;
  sourceState: SourceStateStore;
  check: CheckDeps;
  logger: Logger;
  /** `force` aborts fetches in flight (after the shutdown grace period). */
  close(opts?: { force?: boolean }): Promise<void>;
}

export function createWorkerContext(args: {
  env: Env;
  sources: Source[];
  matcher: Matcher;
  redis: RedisClient;
  queues: Queues;
  alertLog: AlertWriter;
  sinks: readonly Sink[];
  logger: Logger;
  /** Wraps the fetcher, e.g. to count fetches for the metrics. */
  wrapFetcher?: (fetcher: Fetcher) => Fetcher;
}): WorkerContext {
  const { env, redis, logger } = args;
  const wrap = args.wrapFetcher ?? ((f: Fetcher) => f);
  const fetcher = wrap(createFetcher({
    redis,
    prefix: env.QUEUE_PREFIX,
    allowPrivate: env.ALLOW_PRIVATE_URLS,
    logger,
    ...(env.USER_AGENT ? { userAgent: env.USER_AGENT } : {}),
    hostConcurrency: env.HOST_CONCURRENCY,
    hostIntervalMs: env.HOST_INTERVAL,
    http: { timeoutMs: env.FETCH_TIMEOUT, connectTimeoutMs: Math.min(10_000, env.FETCH_TIMEOUT), maxBytes: env.FETCH_MAX_BYTES },
  }));
  const seen = createSeenStore(redis, env.QUEUE_PREFIX, env.SEEN_TTL);
  const nearDuplicates = createNearDuplicateIndex({ redis, prefix: env.QUEUE_PREFIX, ttlSeconds: Math.round(env.SEEN_TTL / 1000) });
  return {
    env,
    sources: new Map(args.sources.map((s) => [s.id, s])),
    redis,
    queues: args.queues,
    fetcher,
    seen,
    sourceState: createSourceStateStore(redis, env.QUEUE_PREFIX),
    check: {
      redis,
      prefix: env.QUEUE_PREFIX,
      seenTtlMs: env.SEEN_TTL,
      fetcher,
      matcher: args.matcher,
      seen,
      nearDuplicates,
      alertLog: args.alertLog,
      sinks: args.sinks,
      logger,
    },
    logger,
    async close(opts = {}) {
      await fetcher.close(opts);
    },
  };
}
