import { setTimeout } from 'node:timers/promises';
import { alertLogOptionsFromEnv, createAlertLog } from '../alert/alert-log.ts';
import { loadSinksFromEnv } from '../alert/sinks/load-sinks.ts';
import type { Env } from '../config/env.ts';
import { loadConfig } from '../config/load-config.ts';
import { FetchError } from '../fetch/fetch-error.ts';
import type { Logger } from '../log/logger.ts';
import { createMatcher } from '../match/create-matcher.ts';
import type { RedisClient } from '../queue/connection.ts';
import type { Queues } from '../queue/queues.ts';
import { createWorkerContext } from '../worker/worker-context.ts';
import { checkUrl } from './check-url.ts';
import type { CheckResult } from './check-result.ts';

const DEFAULT_TIMEOUT_MS = 120_000;

export interface LocalChecker {
  /** Waits up to `timeoutMs` (default 120 s) for a host slot held by other checks. */
  check(url: string, timeoutMs?: number): Promise<CheckResult>;
  close(): Promise<void>;
}

/**
 * Checks URLs in this process, for `claimwatch check` when no worker is running: the same config, Redis keys,
 * alert log and sinks as a worker, and the same checkUrl path a check-article job takes (one attempt, no queue).
 */
export function openLocalChecker(env: Env, redis: RedisClient, queues: Queues, logger: Logger): LocalChecker {
  const config = loadConfig(env);
  // Not echoed to stdout: there the verdict already lists the alerts it logged.
  const alertLog = createAlertLog({ ...alertLogOptionsFromEnv(process.env), file: env.ALERT_LOG, stdout: false });
  const sinks = loadSinksFromEnv();
  const ctx = createWorkerContext({
    env,
    sources: config.sources,
    matcher: createMatcher(config.claims),
    redis,
    queues,
    alertLog,
    sinks,
    logger,
  });
  return {
    async check(url, timeoutMs = DEFAULT_TIMEOUT_MS) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        try {
          return await checkUrl(ctx.check, { url, source: 'manual', manual: true });
        } catch (err) {
          // Another check (or a worker) holds the host's slot: wait for it, as a queued job would be delayed.
          const wait = err instanceof FetchError && err.kind === 'host-busy' ? (err.retryAfterMs ?? 1000) : null;
          if (wait === null || Date.now() + wait > deadline) throw err;
          await setTimeout(wait);
        }
      }
    },
    async close() {
      await ctx.close();
      await Promise.all(sinks.map((s) => s.close()));
      await alertLog.close();
    },
  };
}
