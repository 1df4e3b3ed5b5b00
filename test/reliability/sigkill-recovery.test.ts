import { Queue } from 'bullmq';
import { afterAll, describe, expect, it } from 'vitest';
import { articleJobId } from '../../src/queue/job-ids.ts';
import { canonicalizeUrl } from '../../src/url/canonical-url.ts';
import { createScenario, type Scenario } from '../support/generated-scenario.ts';
import { pendingJobs, waitForChecksDone } from '../support/queue-state.ts';
import { waitFor } from '../support/wait-for.ts';
import { startWorkerProcess, type WorkerProcess } from '../support/worker-process.ts';

/**
 * A worker killed with SIGKILL in the middle of a check (its page request held open by the site, so the
 * kill lands mid-check every time): a second worker picks the stalled job up once its lock lapses, and the
 * article's alerts appear exactly once, like every other article's.
 */
describe('SIGKILL mid-check', () => {
  let s: Scenario;
  const workers: WorkerProcess[] = [];

  afterAll(async () => {
    await Promise.all(workers.map((w) => w.stop('SIGKILL')));
    await s?.cleanup();
  });

  it('a second worker recovers the stalled job; every alert exactly once', async () => {
    s = await createScenario({ label: 'sigkill', feeds: ['desk'], hosts: 12 });
    const others = s.addArticles('desk', 9);
    const [held] = s.addArticles('desk', 1, 'contradict');
    expect(held!.expected.length).toBeGreaterThanOrEqual(2);
    const hold = s.site.hold(held!.url);

    const first = await startWorkerProcess(s.env);
    workers.push(first);
    s.publish([...others, held!]);

    // Mid-check: the held page was requested, every other article is done, only the held job is active.
    await hold.reached;
    await waitFor(() => s.diff(others).missing.length === 0, { timeoutMs: 30_000, what: 'the other articles\' alerts' });
    await waitFor(async () => (await pendingJobs(s.redis, s.prefix, 'check')) === 1, { what: 'only the held check to be left' });
    expect(s.alerts().some((a) => a.url === held!.url)).toBe(false);

    first.child.kill('SIGKILL');
    expect(await first.stop('SIGKILL')).toBe(null);

    const second = await startWorkerProcess(s.env);
    workers.push(second);
    const path = new URL(held!.url).pathname;
    await waitForChecksDone(s.redis, s.prefix, () => (s.site.hits.get(path) ?? 0) >= 2, {
      timeoutMs: 120_000,
      what: 'the stalled check to be recovered',
    });

    expect(s.diff()).toEqual({ missing: [], doubled: [], unexpected: [] });
    // The second worker, not the first, logged the held article's alerts.
    const alerted = (w: WorkerProcess) => new Set(w.lines().filter((l) => l.alert).map((l) => l.url));
    expect(alerted(second).has(held!.url)).toBe(true);
    expect(alerted(first).has(held!.url)).toBe(false);
    // Recovered as a stalled job, not retried as a failure; fetched once by each worker.
    const q = new Queue('check', { connection: s.redis, prefix: s.prefix });
    try {
      const job = await q.getJob(articleJobId(canonicalizeUrl(held!.url)));
      expect(job, 'the held check job').toBeTruthy();
      expect(await job!.getState()).toBe('completed');
      expect(job!.stalledCounter).toBe(1);
      expect(job!.attemptsMade).toBe(1);
    } finally {
      await q.close();
    }
    expect(s.site.hits.get(path)).toBe(2);
    expect(await second.stop('SIGTERM')).toBe(0);
  }, 180_000);
});
