import { Queue } from 'bullmq';
import type { RedisClient } from '../../src/queue/connection.ts';
import { waitFor } from './wait-for.ts';

/**
 * Observer queues pass `skipMetasUpdate`: a Queue constructed without it writes its own defaults into the
 * queue's meta hash (events stream cap 10,000), overriding what claimwatch's queues set (1,000).
 */

/** Waiting, active, delayed and prioritized jobs of one queue: zero means nothing left to do. */
export async function pendingJobs(redis: RedisClient, prefix: string, queue: 'check' | 'poll'): Promise<number> {
  const q = new Queue(queue, { connection: redis, prefix, skipMetasUpdate: true });
  try {
    const c = await q.getJobCounts('waiting', 'active', 'delayed', 'prioritized', 'waiting-children');
    return Object.values(c).reduce((a, b) => a + b, 0);
  } finally {
    await q.close();
  }
}

/** Waits until the check queue has nothing left and `done()` (e.g. "every page was fetched") holds. */
export async function waitForChecksDone(
  redis: RedisClient,
  prefix: string,
  done: () => boolean | Promise<boolean>,
  opts: { timeoutMs?: number; what?: string } = {},
): Promise<void> {
  await waitFor(async () => (await done()) && (await pendingJobs(redis, prefix, 'check')) === 0, {
    timeoutMs: opts.timeoutMs ?? 60_000,
    intervalMs: 100,
    what: opts.what ?? 'every check to finish',
  });
}

/** Counts of finished jobs, and the failed ones with their reasons. */
export async function finishedJobs(redis: RedisClient, prefix: string, queue: 'check' | 'poll') {
  const q = new Queue(queue, { connection: redis, prefix, skipMetasUpdate: true });
  try {
    const counts = await q.getJobCounts('completed', 'failed');
    const failed = await q.getFailed(0, -1);
    return {
      completed: counts.completed ?? 0,
      failed: failed.map((j) => ({
        id: j.id,
        url: (j.data as { url?: string }).url,
        reason: j.failedReason,
        attemptsMade: j.attemptsMade,
        stacktrace: j.stacktrace,
        processedOn: j.processedOn,
        finishedOn: j.finishedOn,
      })),
    };
  } finally {
    await q.close();
  }
}
