import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createScenario, type Scenario } from '../support/generated-scenario.ts';
import { waitForChecksDone } from '../support/queue-state.ts';
import { redisClusterToolsInstalled, startRedisCluster, type RedisCluster } from '../support/redis-cluster.ts';
import { uniquePrefix } from '../support/redis-prefix.ts';
import { startWorkerProcess, runCli } from '../support/worker-process.ts';
import { Redis } from 'ioredis';

const installed = redisClusterToolsInstalled();
if (!installed) process.stderr.write('redis-cluster.test.ts: SKIPPED, redis-server / redis-cli are not installed\n');

/**
 * Redis Cluster with a hash-tagged QUEUE_PREFIX (`{...}`): every key of the instance lands in one slot,
 * so BullMQ's multi-key scripts are legal. Pointed at the node that owns that slot, the worker runs end to
 * end with every alert once. Pointed at another node it cannot follow the redirection yet (status P10):
 * it stops with one line, exit 1, and writes nothing.
 */
describe.skipIf(!installed)('Redis Cluster with a hash-tagged prefix', () => {
  let cluster: RedisCluster;
  let s: Scenario;

  beforeAll(async () => {
    cluster = await startRedisCluster(3);
  }, 60_000);

  afterAll(async () => {
    await s?.cleanup();
    await cluster?.dispose();
  });

  it('runs end to end against the node that owns the prefix\'s slot; every alert once', async () => {
    const prefix = `{${uniquePrefix('cluster')}}`;
    const owner = await cluster.ownerOf(prefix);
    s = await createScenario({ label: 'cluster', feeds: ['desk'], hosts: 12, prefix, redisUrl: owner.url });
    const articles = s.addArticles('desk', 10);
    const worker = await startWorkerProcess(s.env);
    try {
      s.publish(articles);
      const pages = articles.map((a) => new URL(a.url).pathname);
      await waitForChecksDone(s.redis, s.prefix, () => pages.every((p) => (s.site.hits.get(p) ?? 0) > 0), { what: 'the articles to be checked' });
      expect(s.expected().length).toBeGreaterThan(0);
      expect(s.diff()).toEqual({ missing: [], doubled: [], unexpected: [] });
    } finally {
      expect(await worker.stop('SIGTERM')).toBe(0);
    }
  }, 120_000);

  it('against another node: one line, exit 1, no keys written anywhere', async () => {
    const prefix = `{${uniquePrefix('cluster-other')}}`;
    const owner = await cluster.ownerOf(prefix);
    const other = cluster.nodes.find((n) => n.port !== owner.port)!;
    const res = await runCli(['start'], { ...(s?.env ?? {}), REDIS_URL: other.url, QUEUE_PREFIX: prefix }, 20_000);
    // A start-up failure after the connection is made must end the process (status P11), not hang.
    expect(res.timedOut, `still running after ${res.ms} ms; stderr: ${res.stderr}`).toBe(false);
    expect(res.code).toBe(1);
    const lines = res.stderr.trim().split('\n');
    expect(lines, res.stderr).toHaveLength(1);
    expect(lines[0]).toMatch(/^claimwatch: .*(MOVED|cluster)/i);
    for (const n of cluster.nodes) {
      const r = new Redis(n.url);
      try {
        const [, keys] = await r.scan('0', 'MATCH', `${prefix}*`, 'COUNT', 10_000);
        expect(keys).toEqual([]);
      } finally {
        r.disconnect();
      }
    }
  }, 60_000);
});
