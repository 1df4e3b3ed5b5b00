import { setTimeout } from 'node:timers/promises';
import type { Job, QueueEvents } from 'bullmq';
import { CHECK_ARTICLE_JOB } from '../queue/queue-names.ts';
import { manualJobId } from '../queue/job-ids.ts';
import type { CheckArticleData, Queues } from '../queue/queues.ts';
import type { CheckResult } from './check-result.ts';

/** Queues manual checks of URLs (processed by a running worker through the same check-article job). */
export async function queueManualChecks(queues: Pick<Queues, 'check'>, urls: string[]): Promise<string[]> {
  const jobs = await queues.check.addBulk(
    urls.map((url) => ({
      name: CHECK_ARTICLE_JOB,
      data: { url, source: 'manual', manual: true } satisfies CheckArticleData,
      // Manual checks go ahead of the polled backlog: a person is waiting for them.
      opts: { jobId: manualJobId(), priority: 1, attempts: 2 },
    })),
  );
  return jobs.map((j) => j.id!);
}

export type ManualCheckState = 'waiting' | 'active' | 'completed' | 'failed' | 'delayed' | 'prioritized' | 'waiting-children' | 'unknown';

export interface ManualCheckStatus {
  id: string;
  url: string | null;
  state: ManualCheckState | 'not-found';
  result?: CheckResult;
  failedReason?: string;
}

export async function getManualCheck(queues: Pick<Queues, 'check'>, id: string): Promise<ManualCheckStatus> {
  // State first, then the job: read the other way round, a job finishing in between looks completed
  // with no return value yet.
  const state = (await queues.check.getJobState(id)) as ManualCheckState | 'unknown';
  const job = (await queues.check.getJob(id)) as Job<CheckArticleData, CheckResult> | undefined;
  if (!job || state === 'unknown') return { id, url: job?.data.url ?? null, state: 'not-found' };
  return {
    id,
    url: job.data.url,
    state,
    ...(state === 'completed' ? { result: job.returnvalue } : {}),
    ...(state === 'failed' ? { failedReason: job.failedReason } : {}),
  };
}

export class NoWorkerError extends Error {
  override readonly name = 'NoWorkerError';
}

/**
 * Waits for a manual check to finish. A check that no worker picked up within the timeout gets a
 * message that says what to look at, rather than a generic timeout.
 */
export async function waitForManualCheck(
  queues: Pick<Queues, 'check'>,
  events: QueueEvents,
  id: string,
  timeoutMs: number,
): Promise<ManualCheckStatus> {
  const job = await queues.check.getJob(id);
  if (!job) return { id, url: null, state: 'not-found' };
  // The finish event is the fast path; the job's state, read every second, is the sure one: the events stream
  // is capped, so under load the event can be trimmed before this reader sees it.
  const deadline = Date.now() + timeoutMs;
  const stop = new AbortController();
  const byEvent = job.waitUntilFinished(events, timeoutMs).then(
    () => undefined,
    () => undefined,
  );
  const byState = (async () => {
    while (Date.now() < deadline) {
      const slept = await setTimeout(Math.min(STATE_POLL_MS, Math.max(0, deadline - Date.now())), true, { signal: stop.signal }).catch(() => false);
      if (!slept) return;
      const state = await queues.check.getJobState(id);
      if (state === 'completed' || state === 'failed') return;
    }
  })();
  try {
    await Promise.race([byEvent, byState]);
  } finally {
    stop.abort();
  }
  const status = await getManualCheck(queues, id);
  if (status.state === 'failed' || status.state === 'completed') return status;
  if (status.state === 'active') throw new NoWorkerError(`the check of ${job.data.url} did not finish within ${timeoutMs / 1000}s`);
  throw new NoWorkerError(
    `no worker took the check of ${job.data.url} within ${timeoutMs / 1000}s. Is the worker running (npm start) with the same REDIS_URL and QUEUE_PREFIX?`,
  );
}

const STATE_POLL_MS = 1000;
