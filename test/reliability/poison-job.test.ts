import { afterAll, describe, expect, it } from 'vitest';
import { createScenario, type Scenario } from '../support/generated-scenario.ts';
import { finishedJobs, waitForChecksDone } from '../support/queue-state.ts';
import { startWorkerProcess, type WorkerProcess } from '../support/worker-process.ts';

/**
 * A poison page (its fetch stage throws every time: HTTP 500) is retried with growing backoff, then left in
 * the failed set with its reason; a page that fails permanently (404) is not retried at all; every other
 * article is processed and alerted exactly once.
 */
describe('a poison job', () => {
  let s: Scenario;
  let worker: WorkerProcess | null = null;

  afterAll(async () => {
    await worker?.stop('SIGKILL');
    await s?.cleanup();
  });

  it('is retried with backoff, then left failed with its reason; the others are processed', async () => {
    // A short pacing interval so that the politeness delay does not mask the retry backoff.
    s = await createScenario({ label: 'poison', feeds: ['desk'], hosts: 16, env: { HOST_INTERVAL: '100ms', CHECK_CONCURRENCY: '4' } });
    const good = s.addArticles('desk', 12);
    const [poison] = s.addArticles('desk', 1, 'contradict');
    const [gone] = s.addArticles('desk', 1, 'support');
    s.site.failWith(poison!.url, 500);
    s.site.failWith(gone!.url, 404);
    const poisonPath = new URL(poison!.url).pathname;

    worker = await startWorkerProcess(s.env);
    s.publish(s.articles);
    await waitForChecksDone(s.redis, s.prefix, async () => (await finishedJobs(s.redis, s.prefix, 'check')).failed.length === 2, {
      timeoutMs: 90_000,
      what: 'the poison job to exhaust its attempts',
    });

    // Only the good articles' alerts, each once; nothing for the two failing pages.
    expect(s.diff(good)).toEqual({ missing: [], doubled: [], unexpected: [] });

    const { failed } = await finishedJobs(s.redis, s.prefix, 'check');
    const byUrl = new Map(failed.map((f) => [f.url, f]));
    const p = byUrl.get(poison!.url);
    expect(p, 'the poison job in the failed set').toBeTruthy();
    expect(p!.attemptsMade).toBe(4);
    expect(p!.reason).toMatch(/HTTP 500/);
    const g = byUrl.get(gone!.url);
    expect(g, 'the 404 job in the failed set').toBeTruthy();
    expect(g!.attemptsMade).toBe(1);
    expect(g!.reason).toMatch(/HTTP 404/);
    expect(s.site.hits.get(new URL(gone!.url).pathname)).toBe(1);

    // Four requests, spaced by an exponential backoff (with jitter, each delay lies in [d/2, d], d doubling).
    const times = s.site.requests.filter((r) => r.path === poisonPath).map((r) => r.at);
    expect(times).toHaveLength(4);
    const gaps = times.slice(1).map((t, i) => t - times[i]!);
    expect(gaps[2]!, `gaps ${gaps.join(', ')} ms`).toBeGreaterThan(gaps[0]!);
    expect(gaps[2]!).toBeGreaterThanOrEqual(gaps[1]! * 0.75);

    // The job boundary logged each attempt once: three retries as warnings, then one error.
    const lines = worker.lines().filter((l) => l.url === poison!.url && typeof l.attempt === 'number');
    expect(lines.map((l) => [l.attempt, l.level])).toEqual([
      [1, 40],
      [2, 40],
      [3, 40],
      [4, 50],
    ]);
    expect(String(lines[3]!.msg)).toMatch(/giving up/);
    expect(await worker.stop('SIGTERM')).toBe(0);
    worker = null;
  }, 120_000);
});
