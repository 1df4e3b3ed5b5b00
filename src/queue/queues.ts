import { Queue, QueueEvents, type JobsOptions } from 'bullmq';
import type { RedisClient } from './connection.ts';
import { CHECK_QUEUE, POLL_QUEUE } from './queue-names.ts';

export interface PollSourceData {
  sourceId: string;
}

export interface CheckArticleData {
  url: string;
  /** Source id, or "manual". */
  source: string;
  /** Manual checks re-evaluate a URL even when it was seen before. */
  manual: boolean;
  /** What the feed said, used when the page does not say it. */
  feedTitle?: string | null;
  feedPublishedAt?: string | null;
}

/**
 * Finished jobs are trimmed so Redis stays flat over a long run; completed checks are kept an hour so
 * that the CLI and the HTTP API can read a manual check's verdict.
 */
export function checkJobOptions(retryBackoffMs = 5000): JobsOptions {
  return {
    attempts: 4,
    backoff: { type: 'exponential', delay: retryBackoffMs, jitter: 0.5 },
    removeOnComplete: { age: 3600, count: 5000 },
    removeOnFail: { age: 7 * 24 * 3600, count: 5000 },
  };
}

export const POLL_JOB_OPTIONS: JobsOptions = {
  // A failed poll is not retried by BullMQ: the source's own backoff (src/source-state) decides when next.
  attempts: 1,
  // Source health lives in its own hash (source-state); finished polls are kept only for debugging.
  removeOnComplete: { age: 3600, count: 100 },
  removeOnFail: { age: 24 * 3600, count: 1000 },
};

/**
 * Caps of the queues' event streams (BullMQ's default is ~10,000 events). Nothing reads the poll queue's
 * events. The check queue's are read live by `claimwatch check --wait` (QueueEvents follows the stream
 * with a blocking XREAD, so it only needs the events of the last moments, not a history): a check job
 * writes about 4 events (added, waiting, active, completed with its ~200-byte summary), ~125 bytes each
 * in the stream, so 300 events are ~40 KB and still cover 0.2 s of a 300 articles/s run. A wait that does
 * miss its event finds the result through the job's state, which it also reads every second (manual-check.ts).
 */
export const CHECK_EVENTS_MAX_LEN = 300;
export const POLL_EVENTS_MAX_LEN = 1000;

export interface Queues {
  poll: Queue<PollSourceData>;
  check: Queue<CheckArticleData>;
  close(): Promise<void>;
}

export function createQueues(connection: RedisClient, prefix: string, opts: { retryBackoffMs?: number } = {}): Queues {
  const checkOptions = checkJobOptions(opts.retryBackoffMs);
  const poll = new Queue<PollSourceData>(POLL_QUEUE, { connection, prefix, defaultJobOptions: POLL_JOB_OPTIONS, streams: { events: { maxLen: POLL_EVENTS_MAX_LEN } } });
  const check = new Queue<CheckArticleData>(CHECK_QUEUE, { connection, prefix, defaultJobOptions: checkOptions, streams: { events: { maxLen: CHECK_EVENTS_MAX_LEN } } });
  return {
    poll,
    check,
    async close() {
      await Promise.all([poll.close(), check.close()]);
    },
  };
}

export function createCheckEvents(connection: RedisClient, prefix: string): QueueEvents {
  return new QueueEvents(CHECK_QUEUE, { connection, prefix });
}
