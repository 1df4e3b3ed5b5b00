import { afterAll, describe, expect, it } from 'vitest';
import { parseDuration } from '../../src/config/duration.ts';
import { createScenario, type Scenario } from '../support/generated-scenario.ts';
import { pendingJobs, waitForChecksDone } from '../support/queue-state.ts';
import { waitFor } from '../support/wait-for.ts';
import { startWorkerProcess, type WorkerProcess } from '../support/worker-process.ts';

/**
 * SIGTERM in the middle of a burst: checks still running either finish within SHUTDOWN_GRACE or go back
 * to the queue (stalled) for the next worker; jobs not started stay queued; the process exits 0 within
 * the grace period; after a restart every expected alert is in the log exactly once.
 */
describe('SIGTERM during a burst', () => {
  let s: Scenario;
  const workers: WorkerProcess[] = [];

  afterAll(async () => {
    await Promise.all(workers.map((w) => w.stop('SIGKILL')));
    await s?.cleanup();
  });

  it('exits 0 within the grace period and loses nothing', async () => {
    s = await createScenario({ label: 'sigterm', feeds: ['desk'], hosts: 41, env: { CHECK_CONCURRENCY: '3', SHUTDOWN_GRACE: '3s', FETCH_TIMEOUT: '20s' } });
    const graceMs = parseDuration(s.env.SHUTDOWN_GRACE!)!;
    const slowEnough = s.addArticles('desk', 2, 'support');
    const tooSlow = s.addArticles('desk', 1, 'contradict');
    const rest = s.addArticles('desk', 37);
    // All three check slots are taken by held pages: two finish during the grace period, one outlasts it;
    // the rest is a burst published next, queued behind them.
    const finishing = slowEnough.map((a) => s.site.hold(a.url));
    const outlasting = s.site.hold(tooSlow[0]!.url);

    const first = await startWorkerProcess(s.env);
    workers.push(first);
    s.publish([...slowEnough, ...tooSlow]);
    await Promise.all([...finishing, outlasting].map((h) => h.reached));
    s.publish(rest);
    await waitFor(async () => (await pendingJobs(s.redis, s.prefix, 'check')) === 40, { what: 'the burst to be queued behind the held checks' });

    const signalled = Date.now();
    const exit = first.stop('SIGTERM');
    await waitFor(() => first.output().includes('stopping: no new jobs'), { what: 'the worker to begin its shutdown' });
    for (const h of finishing) h.release();
    expect(await exit).toBe(0);
    const took = Date.now() - signalled;
    // Within the grace period plus the time to close connections (not a second grace period).
    const timeline = () => first.lines().map((l) => `${Number(l.time) - signalled} ms ${l.msg}`).join('\n');
    expect(took, timeline()).toBeLessThan(graceMs + 2_000);
    expect(first.output()).toContain('grace period over');
    // The released checks finished inside the grace period: their alerts came from the first worker.
    const alertedByFirst = new Set(first.lines().filter((l) => l.alert).map((l) => l.url));
    for (const a of slowEnough) expect(alertedByFirst.has(a.url)).toBe(true);
    expect(alertedByFirst.has(tooSlow[0]!.url)).toBe(false);

    const second = await startWorkerProcess(s.env);
    workers.push(second);
    outlasting.release();
    const pages = s.articles.map((a) => new URL(a.url).pathname);
    await waitForChecksDone(s.redis, s.prefix, () => pages.every((p) => (s.site.hits.get(p) ?? 0) > 0) && (s.site.hits.get(new URL(tooSlow[0]!.url).pathname) ?? 0) >= 2, {
      timeoutMs: 120_000,
      what: 'the second worker to finish the burst',
    });
    expect(s.diff()).toEqual({ missing: [], doubled: [], unexpected: [] });
    expect(await second.stop('SIGTERM')).toBe(0);
  }, 180_000);
});
