import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Queue, Worker } from 'bullmq';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFetcher } from '../../src/fetch/fetcher.ts';
import { instrumentAlertLog } from '../../src/metrics/instrument-alert-log.ts';
import { instrumentFetcher } from '../../src/metrics/instrument-fetcher.ts';
import { instrumentWorker } from '../../src/metrics/instrument-worker.ts';
import { createMetrics, statusClass } from '../../src/metrics/metrics.ts';
import { countSourcesInBackoff } from '../../src/metrics/sources-in-backoff.ts';
import { createSourceStateStore } from '../../src/source-state/source-state.ts';
import type { Alert } from '../../src/alert/types.ts';
import { REDIS_URL, removePrefix, uniquePrefix } from '../support/redis-prefix.ts';
import { waitFor } from '../support/wait-for.ts';

let prefix: string;
let redis: Redis;
beforeAll(() => {
  prefix = uniquePrefix('metrics');
  redis = new Redis(REDIS_URL, { maxRetriesPerRequest: null });
});
afterAll(async () => {
  redis.disconnect();
  await removePrefix(prefix);
});

/** One metric's sample lines, e.g. 'claimwatch_alerts_total{kind="new",claim="none"} 1'. */
async function samples(metrics: ReturnType<typeof createMetrics>, name: string): Promise<string[]> {
  const text = await metrics.registry.metrics();
  return text.split('\n').filter((l) => l.startsWith(`${name}{`) || l.startsWith(`${name} `));
}

describe('metrics', () => {
  it('classes statuses', () => {
    expect([200, 304, 404, 503, 0, undefined, 99].map(statusClass)).toEqual(['2xx', '3xx', '4xx', '5xx', 'error', 'error', 'error']);
  });

  it('counts alert lines really written, by kind and claim', () => {
    const metrics = createMetrics({ defaultMetrics: false });
    const written: string[] = [];
    let fail = false;
    const log = instrumentAlertLog(
      {
        write(alert: Alert, _msg: string) {
          if (fail) throw new Error('disk full');
          written.push(alert.id);
        },
      },
      metrics,
    );
    const common = { url: 'https://e.org', title: null, source: 's' };
    log.write({ ...common, id: 'n1', alert: 'new', supports: [], contradicts: [], discusses: [], facts: [], relevance: 1, reasons: [] }, 'm');
    log.write({ ...common, id: 'c1', alert: 'contradiction', claim: 'kyiv-warns-minsk', evidence: 'e', reason: 'r', confidence: 1 }, 'm');
    fail = true;
    expect(() => log.write({ ...common, id: 'c2', alert: 'contradiction', claim: 'kyiv-warns-minsk', evidence: 'e', reason: 'r', confidence: 1 }, 'm')).toThrow();
    expect(written).toEqual(['n1', 'c1']);
    return samples(metrics, 'claimwatch_alerts_total').then((lines) =>
      expect(lines.sort()).toEqual(['claimwatch_alerts_total{kind="contradiction",claim="kyiv-warns-minsk"} 1', 'claimwatch_alerts_total{kind="new",claim="none"} 1']),
    );
  });

  it('counts fetches by status class, bytes fetched and bytes a 304 saved, through the real fetcher', async () => {
    const body = 'x'.repeat(5000);
    const server = createServer((req, res) => {
      if (req.url === '/feed.xml') {
        if (req.headers['if-none-match'] === '"v1"') return void res.writeHead(304, { etag: '"v1"' }).end();
        return void res.writeHead(200, { 'content-type': 'application/rss+xml', etag: '"v1"' }).end(`<rss>${body}</rss>`);
      }
      res.writeHead(500).end('boom');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const metrics = createMetrics({ defaultMetrics: false });
    const fetcher = instrumentFetcher(
      createFetcher({ redis, prefix, allowPrivate: true, hostIntervalMs: 0 }),
      metrics,
    );
    try {
      const first = await fetcher.fetch(`${base}/feed.xml`, { kind: 'feed', sourceId: 't' });
      expect(first.status).toBe(200);
      const second = await fetcher.fetch(`${base}/feed.xml`, { kind: 'feed', sourceId: 't' });
      expect(second.status).toBe(304);
      await expect(fetcher.fetch(`${base}/broken`, { kind: 'feed', sourceId: 't' })).rejects.toThrow();
      const fetches = await samples(metrics, 'claimwatch_fetches_total');
      expect(fetches).toContain('claimwatch_fetches_total{kind="feed",status_class="2xx"} 1');
      expect(fetches).toContain('claimwatch_fetches_total{kind="feed",status_class="3xx"} 1');
      expect(fetches.some((l) => /status_class="(5xx|error)"\} 1$/.test(l))).toBe(true);
      expect(await samples(metrics, 'claimwatch_bytes_saved_by_304_total')).toEqual([`claimwatch_bytes_saved_by_304_total{kind="feed"} ${first.bytes}`]);
      expect(first.bytes).toBeGreaterThan(5000);
      const fetched = await samples(metrics, 'claimwatch_fetched_bytes_total');
      expect(fetched[0]).toMatch(new RegExp(`kind="feed"\\} ${first.bytes}$`));
    } finally {
      await fetcher.close();
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('counts and times jobs from a real BullMQ worker, and reads queue depths from Redis at scrape time', async () => {
    const queue = new Queue('mtest', { connection: redis, prefix });
    const metrics = createMetrics({ defaultMetrics: false, state: { queues: [queue], sourcesInBackoff: async () => 2 } });
    const worker = new Worker(
      'mtest',
      async (job) => {
        if (job.data.fail) throw new Error('planned failure');
        return 'ok';
      },
      { connection: redis, prefix },
    );
    instrumentWorker(worker, metrics);
    try {
      await queue.add('ok-job', { fail: false });
      await queue.add('ok-job', { fail: false });
      await queue.add('bad-job', { fail: true });
      await waitFor(async () => (await samples(metrics, 'claimwatch_jobs_failed_total')).length === 1, { what: 'the failed job' });
      await waitFor(async () => (await samples(metrics, 'claimwatch_jobs_completed_total')).join().endsWith(' 2'), { what: 'both jobs' });
      expect(await samples(metrics, 'claimwatch_jobs_failed_total')).toEqual(['claimwatch_jobs_failed_total{queue="mtest",name="bad-job"} 1']);
      const durations = await samples(metrics, 'claimwatch_job_duration_seconds_count');
      expect(durations.sort()).toEqual([
        'claimwatch_job_duration_seconds_count{queue="mtest",name="bad-job",outcome="failed"} 1',
        'claimwatch_job_duration_seconds_count{queue="mtest",name="ok-job",outcome="completed"} 2',
      ]);
      const depths = await samples(metrics, 'claimwatch_queue_jobs');
      expect(depths).toContain('claimwatch_queue_jobs{queue="mtest",state="completed"} 2');
      expect(depths).toContain('claimwatch_queue_jobs{queue="mtest",state="failed"} 1');
      expect(depths).toContain('claimwatch_queue_jobs{queue="mtest",state="waiting"} 0');
      expect(await samples(metrics, 'claimwatch_sources_in_backoff')).toEqual(['claimwatch_sources_in_backoff 2']);
    } finally {
      await worker.close();
      await queue.close();
    }
  });

  it('a scrape still works when Redis does not answer (queue depths left out, backoff count unknown)', async () => {
    const metrics = createMetrics({
      defaultMetrics: false,
      state: {
        queues: [{ name: 'q', getJobCounts: () => Promise.reject(new Error('down')) }],
        sourcesInBackoff: () => Promise.reject(new Error('down')),
      },
    });
    expect(await samples(metrics, 'claimwatch_queue_jobs')).toEqual([]);
    expect(await samples(metrics, 'claimwatch_sources_in_backoff')).toEqual([expect.stringMatching(/^claimwatch_sources_in_backoff nan$/i)]);
  });

  it('counts sources in backoff from the source-state store', async () => {
    const store = createSourceStateStore(redis, prefix);
    await store.recordFailure('a', { status: 'http 503', error: 'down', intervalMs: 60_000 });
    await store.recordFailure('a', { status: 'http 503', error: 'down', intervalMs: 60_000 });
    await store.recordSuccess('b', { status: '200', itemsFound: 1, newItems: 1 }, 'new');
    expect((await store.get('a')).state).toBe('backoff');
    expect(await countSourcesInBackoff(store, ['a', 'b', 'c'])).toBe(1);
    // a backoff that has run out no longer counts
    expect(await countSourcesInBackoff(store, ['a', 'b', 'c'], Date.now() + 365 * 86_400_000)).toBe(0);
  });
});
