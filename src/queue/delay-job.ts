import { DelayedError, type Job } from 'bullmq';

/**
 * Puts a job back as delayed without spending an attempt: used when a host is busy (politeness) or
 * asked us to come back later (Retry-After). The worker slot is freed for other hosts meanwhile.
 */
export async function delayJob(job: Job, token: string | undefined, delayMs: number): Promise<never> {
  await job.moveToDelayed(Date.now() + Math.max(1, Math.round(delayMs)), token);
  throw new DelayedError();
}
