import type { Worker } from 'bullmq';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { AlertKind } from '../alert/types.ts';
import { instrumentWorker } from './instrument-worker.ts';
import { countSourcesInBackoff } from './sources-in-backoff.ts';

/** Shared state read from Redis when Prometheus scrapes; a Redis error blanks those gauges instead of failing the scrape. */
export interface StateReaders {
  queues: { name: string; getJobCounts(...types: string[]): Promise<Record<string, number>> }[];
  sourcesInBackoff(): Promise<number>;
}

/** What attach() needs of a running worker (RunningWorker fits). */
export interface AttachableWorker {
  workers: Worker[];
  ctx: {
    queues: { poll: StateReaders['queues'][number]; check: StateReaders['queues'][number] };
    sources: Map<string, unknown>;
    sourceState: Parameters<typeof countSourcesInBackoff>[0];
  };
}

export interface FetchObservation {
  /** Resource kind: feed, page, article. */
  kind: string;
  /** HTTP status; 0 when no answer came (network error, timeout). */
  status: number;
  /** Body bytes read from the network. */
  bytes: number;
  notModified: boolean;
  /** For a 304: the size of the body it spared, when known (else the last full body this process saw). */
  savedBytes?: number;
  /** Remembers body sizes per URL so a later 304 can count what it saved. */
  url?: string;
}

/**
 * The worker's Prometheus metrics, in one registry per process (not prom-client's global one, so tests
 * and several workers in one process do not collide). Counters count this process's work; the gauges
 * read shared state from Redis at scrape time.
 */
export interface Metrics {
  registry: Registry;
  jobsCompleted: Counter<'queue' | 'name'>;
  jobsFailed: Counter<'queue' | 'name'>;
  jobDuration: Histogram<'queue' | 'name' | 'outcome'>;
  fetches: Counter<'kind' | 'status_class'>;
  bytesFetched: Counter<'kind'>;
  bytesSavedBy304: Counter<'kind'>;
  alerts: Counter<'kind' | 'claim'>;
  queueJobs: Gauge<'queue' | 'state'>;
  sourcesInBackoff: Gauge;
  observeFetch(r: FetchObservation): void;
  /** One alert line written (claim: the contradicted claim; none for a new-report alert). */
  observeAlert(kind: AlertKind, claim?: string): void;
  /** Job counters and durations from the worker's BullMQ events; queue depths and backoff gauges from its context. */
  attach(worker: AttachableWorker): () => void;
}

const QUEUE_STATES = ['waiting', 'prioritized', 'active', 'delayed', 'failed', 'completed', 'waiting-children'];
/** Bodies remembered per URL to count what a 304 saved; bounded, oldest forgotten first. */
const MAX_REMEMBERED = 10_000;

export function createMetrics(opts: { defaultMetrics?: boolean; state?: StateReaders } = {}): Metrics {
  const registry = new Registry();
  if (opts.defaultMetrics ?? true) collectDefaultMetrics({ register: registry, prefix: 'claimwatch_' });
  const registers = [registry];
  let state = opts.state ?? null;
  const lastBodyBytes = new Map<string, number>();

  const metrics: Metrics = {
    registry,
    jobsCompleted: new Counter({
      name: 'claimwatch_jobs_completed_total',
      help: 'Jobs this worker completed, by queue and job name',
      labelNames: ['queue', 'name'],
      registers,
    }),
    jobsFailed: new Counter({
      name: 'claimwatch_jobs_failed_total',
      help: 'Job attempts that failed in this worker (a retried job counts once per failed attempt)',
      labelNames: ['queue', 'name'],
      registers,
    }),
    jobDuration: new Histogram({
      name: 'claimwatch_job_duration_seconds',
      help: 'Processing time of a job attempt, from start to completion or failure',
      labelNames: ['queue', 'name', 'outcome'],
      buckets: [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60],
      registers,
    }),
    fetches: new Counter({
      name: 'claimwatch_fetches_total',
      help: 'HTTP fetches by resource kind and status class (2xx, 3xx, 4xx, 5xx; "error" when no usable answer came)',
      labelNames: ['kind', 'status_class'],
      registers,
    }),
    bytesFetched: new Counter({
      name: 'claimwatch_fetched_bytes_total',
      help: 'Response body bytes read from the network',
      labelNames: ['kind'],
      registers,
    }),
    bytesSavedBy304: new Counter({
      name: 'claimwatch_bytes_saved_by_304_total',
      help: 'Body bytes not downloaded thanks to conditional GET (304 Not Modified): the size of the last full body',
      labelNames: ['kind'],
      registers,
    }),
    alerts: new Counter({
      name: 'claimwatch_alerts_total',
      help: 'Alerts logged by this worker, by kind and claim (claim="none" for new-report alerts)',
      labelNames: ['kind', 'claim'],
      registers,
    }),
    queueJobs: new Gauge({
      name: 'claimwatch_queue_jobs',
      help: 'Jobs in each queue by state, read from Redis when scraped',
      labelNames: ['queue', 'state'],
      registers,
      async collect() {
        this.reset();
        if (!state) return;
        await Promise.all(
          state.queues.map(async (q) => {
            const counts = await q.getJobCounts(...QUEUE_STATES).catch(() => null);
            for (const [s, n] of Object.entries(counts ?? {})) this.set({ queue: q.name, state: s }, n);
          }),
        );
      },
    }),
    sourcesInBackoff: new Gauge({
      name: 'claimwatch_sources_in_backoff',
      help: 'Sources whose polls are paused after errors, read from Redis when scraped',
      registers,
      async collect() {
        this.reset();
        if (!state) return;
        // an unlabelled gauge cannot be left out of a scrape: NaN says "unknown" where 0 would mislead
        this.set(await state.sourcesInBackoff().catch(() => NaN));
      },
    }),

    observeFetch(r) {
      metrics.fetches.inc({ kind: r.kind, status_class: statusClass(r.status) });
      if (r.bytes > 0) metrics.bytesFetched.inc({ kind: r.kind }, r.bytes);
      if (r.status === 304) {
        const saved = r.savedBytes ?? (r.url ? lastBodyBytes.get(r.url) : undefined);
        if (saved) metrics.bytesSavedBy304.inc({ kind: r.kind }, saved);
      } else if (r.url && r.status === 200 && r.bytes > 0) {
        lastBodyBytes.delete(r.url); // re-insert: the map's order is the forgetting order
        lastBodyBytes.set(r.url, r.bytes);
        if (lastBodyBytes.size > MAX_REMEMBERED) lastBodyBytes.delete(lastBodyBytes.keys().next().value!);
      }
    },

    observeAlert(kind, claim) {
      metrics.alerts.inc({ kind, claim: kind === 'contradiction' && claim ? claim : 'none' });
    },

    attach(worker) {
      const detach = worker.workers.map((w) => instrumentWorker(w, metrics));
      const ctx = worker.ctx;
      state = {
        queues: [ctx.queues.poll, ctx.queues.check],
        sourcesInBackoff: () => countSourcesInBackoff(ctx.sourceState, [...ctx.sources.keys()]),
      };
      return () => {
        detach.forEach((d) => d());
        state = opts.state ?? null;
      };
    },
  };
  return metrics;
}

/** 200 -> "2xx"; no status (network error, timeout) -> "error". */
export function statusClass(status: number | null | undefined): string {
  if (!status || status < 100 || status > 599) return 'error';
  return `${Math.floor(status / 100)}xx`;
}
