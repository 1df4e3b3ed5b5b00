import { UnrecoverableError, type Job } from 'bullmq';
import { checkUrl } from '../src/check/check-url.ts';
import { summarizeCheck, type CheckResult, type CheckSummary } from '../src/check/check-result.ts';
import { FetchError } from '../src/fetch/fetch-error.ts';
import { describeError } from '../src/log/describe-error.ts';
import { delayJob } from '../src/queue/delay-job.ts';
import type { CheckArticleData } from '../src/queue/queues.ts';
import type { WorkerContext } from '../src/worker/worker-context.ts';

/** How many times a check may be put off by a server's "come back later" before it counts as failed. */
const MAX_RATE_LIMIT_DELAYS = 5;

/** BullMQ's exponential backoff: delay x 2^(attempt-1), before its jitter. */
function retryDelayMs(job: Job, attempt: number): number {
  const backoff = job.opts.backoff;
  const delay = typeof backoff === 'object' ? (backoff.delay ?? 0) : (backoff ?? 0);
  return typeof backoff === 'object' && backoff.type === 'fixed' ? delay : delay * 2 ** (attempt - 1);
}

/** check-article: fetch -> extract -> match -> alert, through the one checkUrl path. */
export function checkArticleProcessor(ctx: WorkerContext) {
  return async (job: Job<CheckArticleData>, token?: string): Promise<CheckResult | CheckSummary> => {
    const { url, source: sourceId, manual } = job.data;
    const source = ctx.sources.get(sourceId);
    const started = Date.now();
    try {
      const result = await checkUrl(ctx.check, {
        url,
        source: sourceId,
        manual,
        ...(source?.respectRobots !== undefined ? { respectRobots: source.respectRobots } : {}),
        ...(source?.userAgent ? { userAgent: source.userAgent } : {}),
        feedTitle: job.data.feedTitle ?? null,
        feedPublishedAt: job.data.feedPublishedAt ?? null,
      });
      ctx.logger.debug({ url, source: sourceId, ms: Date.now() - started, relevant: result.verdict?.relevance.relevant, alerts: result.alerts.length }, 'checked');
      return manual ? result : summarizeCheck(result);
    } catch (err) {
      if (err instanceof FetchError && err.kind === 'host-busy') return delayJob(job, token, err.retryAfterMs ?? 1000);
      const d = describeError(err);
      const delays = Number((job.data as { rateLimitDelays?: number }).rateLimitDelays ?? 0);
      // 429/503 with Retry-After, or robots.txt unreachable for now: wait as told, without spending an attempt.
      if (!d.permanent && d.retryAfterMs !== undefined && delays < MAX_RATE_LIMIT_DELAYS) {
        await job.updateData({ ...job.data, rateLimitDelays: delays + 1 } as CheckArticleData);
        ctx.logger.warn({ url, source: sourceId, stage: d.stage, kind: d.kind, nextAttempt: new Date(Date.now() + d.retryAfterMs).toISOString() }, `${d.message}; trying again when the server said`);
        return delayJob(job, token, d.retryAfterMs);
      }
      const attempt = job.attemptsMade + 1;
      const attempts = job.opts.attempts ?? 1;
      const final = d.permanent || attempt >= attempts;
      const nextAttempt = final ? null : new Date(Date.now() + retryDelayMs(job, attempt)).toISOString();
      ctx.logger[final ? 'error' : 'warn'](
        { url, source: sourceId, stage: d.stage, kind: d.kind, attempt, attempts, permanent: d.permanent, nextAttempt },
        `${d.message}; ${final ? 'giving up on this article (left in the failed set)' : `attempt ${attempt} of ${attempts}, next attempt about ${nextAttempt}`}`,
      );
      if (d.permanent) throw new UnrecoverableError(d.message);
      throw err;
    }
  };
}
