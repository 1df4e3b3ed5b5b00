import { afterEach, describe, expect, it } from 'vitest';
import { createScenario, type Scenario } from '../support/generated-scenario.ts';
import { waitForChecksDone } from '../support/queue-state.ts';
import { waitFor } from '../support/wait-for.ts';
import { startWorkerProcess, type WorkerProcess } from '../support/worker-process.ts';

/**
 * Several worker processes on one Redis share the work without doubling it: over 300 articles every
 * expected alert is logged exactly once, and each source is polled once per interval, not once per worker
 * (one job scheduler per source, whatever the number of workers that synced it).
 */
describe('several workers on one Redis', () => {
  let scenario: Scenario | null = null;
  let workers: WorkerProcess[] = [];

  afterEach(async () => {
    await Promise.all(workers.map((w) => w.stop('SIGKILL')));
    workers = [];
    await scenario?.cleanup();
    scenario = null;
  });

  for (const count of [2, 3]) {
    it(`${count} workers over 300 articles: every alert once, each feed polled once per interval`, async () => {
      const feeds = ['wire-a', 'wire-b', 'wire-c'];
      const s = (scenario = await createScenario({ label: `multi${count}`, feeds, every: '2s', hosts: 153, env: { CHECK_CONCURRENCY: '8' } }));
      const batch = feeds.flatMap((f) => s.addArticles(f, 100));
      const expected = s.expected(batch);
      // The oracle must find real work to do, or the test could pass with an empty log.
      expect(expected.filter((k) => k.startsWith('new ')).length).toBeGreaterThan(100);
      expect(expected.some((k) => k.startsWith('contradiction '))).toBe(true);

      workers = await Promise.all(Array.from({ length: count }, () => startWorkerProcess(s.env)));
      // Every worker synced the schedules; wait for one poll of each (still empty) feed, then publish.
      await waitFor(() => feeds.every((f) => (s.site.hits.get(`/feeds/${f}.xml`) ?? 0) > 0), { what: 'a first poll of each feed' });
      s.publish(batch);

      const pages = batch.map((a) => new URL(a.url).pathname);
      await waitForChecksDone(s.redis, s.prefix, () => pages.every((p) => (s.site.hits.get(p) ?? 0) > 0), {
        timeoutMs: 90_000,
        what: 'all 300 articles to be checked',
      });
      const diff = s.diff(batch);
      expect(diff).toEqual({ missing: [], doubled: [], unexpected: [] });
      // Each page was fetched once: the articles were queued once, not once per worker or per poll.
      expect(pages.filter((p) => s.site.hits.get(p) !== 1)).toEqual([]);
      // The work was shared: every worker wrote some of the alerts (each echoes what it logs to stdout).
      for (const w of workers) expect(w.output()).toContain('"alert":"new"');

      // Polls over the next few intervals: one request per feed per 2 s interval, not one per worker.
      const from = Date.now();
      await waitFor(() => feeds.every((f) => s.site.requests.filter((r) => r.at >= from && r.path === `/feeds/${f}.xml`).length >= 3), {
        timeoutMs: 20_000,
        what: 'three more polls of each feed',
      });
      const to = Date.now();
      for (const f of feeds) {
        const times = s.site.requests.filter((r) => r.at >= from && r.at <= to && r.path === `/feeds/${f}.xml`).map((r) => r.at);
        const gaps = times.slice(1).map((t, i) => t - times[i]!);
        // With one poll per worker per interval, gaps would be near 0 ms; the scheduler allows jitter.
        expect(Math.min(...gaps), `gaps between polls of ${f}: ${gaps.join(', ')} ms`).toBeGreaterThan(1000);
        expect(times.length).toBeLessThanOrEqual(Math.floor((to - from) / 2000) + 2);
      }

      const codes = await Promise.all(workers.map((w) => w.stop('SIGTERM')));
      workers = [];
      expect(codes).toEqual(Array(count).fill(0));
      // Nothing more after the workers stopped.
      expect(s.diff(batch)).toEqual({ missing: [], doubled: [], unexpected: [] });
    }, 150_000);
  }
});
