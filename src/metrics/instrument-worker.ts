import type { Job, Worker } from 'bullmq';
import type { Counter, Histogram } from 'prom-client';

/**
 * Counts a BullMQ worker's completed and failed jobs and times them, from the worker's own events, so
 * job processors stay free of metrics code. Returns a function that detaches the listeners.
 */
export function instrumentWorker(
  worker: Worker,
  metrics: { jobsCompleted: Counter<'queue' | 'name'>; jobsFailed: Counter<'queue' | 'name'>; jobDuration: Histogram<'queue' | 'name' | 'outcome'> },
): () => void {
  const observe = (job: Job | undefined, outcome: 'completed' | 'failed') => {
    if (!job) return;
    const labels = { queue: worker.name, name: job.name };
    (outcome === 'completed' ? metrics.jobsCompleted : metrics.jobsFailed).inc(labels);
    if (job.processedOn) {
      const seconds = ((job.finishedOn ?? Date.now()) - job.processedOn) / 1000;
      metrics.jobDuration.observe({ ...labels, outcome }, Math.max(0, seconds));
    }
  };
  const onCompleted = (job: Job) => observe(job, 'completed');
  const onFailed = (job: Job | undefined) => observe(job, 'failed');
  worker.on('completed', onCompleted);
  worker.on('failed', onFailed);
  return () => {
    worker.off('completed', onCompleted);
    worker.off('failed', onFailed);
  };
}
