import type { Job } from 'bullmq';
import { FetchError } from '../src/fetch/fetch-error.ts';
import { delayJob } from '../src/queue/delay-job.ts';
import { describeError } from '../src/log/describe-error.ts';
import { reserveHostStarts } from '../src/fetch/host-pacing.ts';
import { readSource } from '../src/poll/read-source.ts';
import { CHECK_ARTICLE_JOB } from '../src/queue/queue-names.ts';
import type { PollSourceData } from '../src/queue/queues.ts';
import { articleJobId } from '../src/queue/job-ids.ts';
import type { WorkerContext } from '../src/worker/worker-context.ts';

export interface PollSourceResult {
  sourceId: string;
  skipped?: 'unknown-source' | 'backoff' | 'not-modified';
  items: number;
  queued: number;
}

/** poll-source: read a feed or listing page and queue one check-article job per item not seen before. */
export function pollSourceProcessor(ctx: WorkerContext) {
  return async (job: Job<PollSourceData>, token?: string): Promise<PollSourceResult> => {
    const { sourceId } = job.data;
    const source = ctx.sources.get(sourceId);
    if (!source) {
      ctx.logger.warn({ source: sourceId, stage: 'poll' }, 'no such source in the sources file; skipped (a worker with another sources file scheduled it)');
      return { sourceId, skipped: 'unknown-source', items: 0, queued: 0 };
    }
    const state = await ctx.sourceState.get(sourceId);
    if (state.backoffUntil && state.backoffUntil > Date.now()) return { sourceId, skipped: 'backoff', items: 0, queued: 0 };

    try {
      const read = await readSource(ctx.fetcher, source);
      // A poll's new items are marked in one script and queued in one transaction (addBulk): two round
      // trips a poll instead of three an item. Polling 100 feeds with 50 new items each, item by item, took
      // 10-13 s of round trips on a busy worker, and the check workers waited for work meanwhile. Marks are
      // atomic per key, so two workers polling one feed still queue an item once.
      const marks = await ctx.seen.markItems(sourceId, read.items);
      const fresh = read.items.filter((_, i) => marks[i]);
      if (fresh.length) {
        try {
          const delays = await reserveHostStarts(ctx.redis, ctx.env.QUEUE_PREFIX, fresh.map((i) => i.url), ctx.env.HOST_INTERVAL);
          await ctx.queues.check.addBulk(
            fresh.map((item, i) => {
              const delay = delays[i]!;
              return {
                name: CHECK_ARTICLE_JOB,
                data: { url: item.url, source: sourceId, manual: false, feedTitle: item.title, feedPublishedAt: item.publishedAt },
                opts: { jobId: articleJobId(item.url), ...(delay > 0 ? { delay } : {}) },
              };
            }),
          );
        } catch (err) {
          // Not queued: unmark them so that the next poll finds them again instead of dropping them.
          await ctx.seen.forgetItems(sourceId, fresh).catch(() => undefined);
          throw err;
        }
      }
      const queued = fresh.length;
      const recovered = await ctx.sourceState.recordSuccess(sourceId, { status: read.status, itemsFound: read.items.length, newItems: queued }, state.state);
      if (recovered) ctx.logger.warn({ source: sourceId, url: source.url, stage: 'poll' }, 'source recovered; back to its normal interval');
      ctx.logger.debug({ source: sourceId, items: read.items.length, queued, notModified: read.notModified }, 'polled');
      return { sourceId, ...(read.notModified ? { skipped: 'not-modified' as const } : {}), items: read.items.length, queued };
    } catch (err) {
      if (err instanceof FetchError && err.kind === 'host-busy') return delayJob(job, token, err.retryAfterMs ?? 1000);
      const d = describeError(err);
      const failure = await ctx.sourceState.recordFailure(sourceId, {
        status: d.status ?? d.kind,
        error: d.message,
        intervalMs: source.every,
        ...(d.retryAfterMs !== undefined ? { retryAfterMs: d.retryAfterMs } : {}),
      });
      const next = new Date(Date.now() + Math.max(failure.backoffMs, source.every)).toISOString();
      ctx.logger[failure.changedToBackoff ? 'warn' : 'error'](
        { source: sourceId, url: source.url, stage: d.stage, kind: d.kind, consecutiveErrors: failure.consecutiveErrors, nextAttempt: next },
        `${d.message}; ${failure.changedToBackoff ? 'source backs off' : 'will poll again'} at ${next}`,
      );
      throw err;
    }
  };
}
