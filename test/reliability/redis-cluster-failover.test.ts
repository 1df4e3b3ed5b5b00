import { Cluster, Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createScenario, type Scenario } from '../support/generated-scenario.ts';
import { waitForChecksDone } from '../support/queue-state.ts';
import { redisClusterToolsInstalled, startRedisCluster, type RedisCluster } from '../support/redis-cluster.ts';
import { uniquePrefix } from '../support/redis-prefix.ts';
import { waitFor } from '../support/wait-for.ts';
import { startWorkerProcess, type WorkerProcess } from '../support/worker-process.ts';

const installed = redisClusterToolsInstalled();
if (!installed) process.stderr.write('redis-cluster-failover.test.ts: SKIPPED, redis-server / redis-cli are not installed\n');

/**
 * A failover needs no config change: with REDIS_CLUSTER=1 the worker is seeded with one node; the master
 * that owns the prefix's slot is killed (SIGKILL) while the worker idles between polls, its replica takes
 * over, and the worker goes on with the articles published after it, every alert once. (Writes a master
 * acknowledged but had not replicated yet when it died are lost: Redis replication is asynchronous. The
 * test kills it when quiet, so it checks the client's failover, not Redis's durability.)
 */
describe.skipIf(!installed)('Redis Cluster failover with REDIS_CLUSTER=1', () => {
  let cluster: RedisCluster;
  let s: Scenario;
  const observers: Cluster[] = [];

  beforeAll(async () => {
    cluster = await startRedisCluster({ masters: 3, replicas: 1, nodeTimeoutMs: 1000 });
  }, 90_000);

  afterAll(async () => {
    for (const o of observers) o.disconnect();
    await s?.cleanup();
    await cluster?.dispose();
  });

  it('the owner of the slot dies, its replica takes over, the worker goes on: every alert once', async () => {
    const prefix = `{${uniquePrefix('cluster-failover')}}`;
    const owner = await cluster.ownerOf(prefix);
    const seed = cluster.nodes.find((n) => n.port !== owner.port)!;
    s = await createScenario({ label: 'cluster-failover', feeds: ['desk'], hosts: 12, prefix, redisUrl: owner.url, env: { REDIS_URL: seed.url, REDIS_CLUSTER: '1' } });
    const before = s.addArticles('desk', 6);
    const after = s.addArticles('desk', 6);
    const worker = await startWorkerProcess(s.env);
    const checked = (list: typeof before) => () => list.every((a) => (s.site.hits.get(new URL(a.url).pathname) ?? 0) > 0);
    try {
      s.publish(before);
      await waitForChecksDone(s.redis, s.prefix, checked(before), { what: 'the first articles to be checked' });
      expect(s.diff(before)).toEqual({ missing: [], doubled: [], unexpected: [] });

      // Let replication catch up, then crash the owner; wait for its replica to be the new owner.
      await waitFor(async () => replicated(owner.url), { timeoutMs: 10_000, what: 'the replica to catch up' });
      cluster.kill(owner.port);
      await waitFor(async () => (await cluster.ownerOf(prefix).catch(() => owner)).port !== owner.port, { timeoutMs: 30_000, what: 'the replica to take over' });
      // The test's own view from now on: a cluster client (it finds the new owner by itself).
      const observer = new Cluster([{ host: '127.0.0.1', port: seed.port }]);
      observer.on('error', () => undefined);
      observers.push(observer);

      s.publish(after);
      await waitForChecksDone(observer, s.prefix, checked(after), { what: 'the articles published after the failover to be checked', timeoutMs: 90_000 });
      expect(s.diff()).toEqual({ missing: [], doubled: [], unexpected: [] });
    } finally {
      expect(await stopWithin(worker, 20_000)).toBe(0);
    }
    const warnings = worker.lines().filter((l) => /Redis Cluster node/.test(String(l.msg)));
    expect(warnings.length, 'the failed node is reported, once a minute at most').toBeGreaterThan(0);
    expect(warnings.length).toBeLessThanOrEqual(3);
  }, 180_000);
});

/** SIGTERM, then the exit code; a worker still running after `ms` is killed and the test fails. */
async function stopWithin(worker: WorkerProcess, ms: number): Promise<number | null> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      worker.child.kill('SIGKILL');
      reject(new Error(`the worker did not stop within ${ms} ms:\n${worker.output().slice(-3000)}`));
    }, ms);
  });
  try {
    return await Promise.race([worker.stop('SIGTERM'), late]);
  } finally {
    clearTimeout(timer);
  }
}

/** True when every replica of the master at `url` has acknowledged its whole replication stream. */
async function replicated(url: string): Promise<boolean> {
  const r = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
  r.on('error', () => undefined);
  try {
    await r.connect();
    const info = String(await r.info('replication'));
    const offset = Number(/master_repl_offset:(\d+)/.exec(info)?.[1] ?? -1);
    const replicas = [...info.matchAll(/^slave\d+:.*offset=(\d+)/gm)].map((m) => Number(m[1]));
    return replicas.length > 0 && replicas.every((o) => o === offset);
  } finally {
    r.disconnect();
  }
}
