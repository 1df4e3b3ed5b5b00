import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createScenario, expectAlertedExactlyOnce, type Scenario } from '../support/generated-scenario.ts';
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
  const scenarios: Scenario[] = [];

  beforeAll(async () => {
    cluster = await startRedisCluster(3);
  }, 60_000);

  afterAll(async () => {
    await s?.cleanup();
    for (const x of scenarios) await x.cleanup();
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
      await expectAlertedExactlyOnce(s, articles);
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

  it('REDIS_CLUSTER=1 seeded with a node that does not own the slot: every alert once; check and sources work', async () => {
    const prefix = `{${uniquePrefix('cluster-client')}}`;
    const owner = await cluster.ownerOf(prefix);
    const other = cluster.nodes.find((n) => n.port !== owner.port)!;
    // The test's own observer client talks to the owner; the worker and the CLI only know the other node.
    const c = await createScenario({ label: 'cluster-client', feeds: ['desk'], hosts: 12, prefix, redisUrl: owner.url, env: { REDIS_URL: other.url, REDIS_CLUSTER: '1' } });
    scenarios.push(c);
    const articles = c.addArticles('desk', 10);
    const worker = await startWorkerProcess(c.env);
    try {
      c.publish(articles);
      await expectAlertedExactlyOnce(c, articles);

      // A manual check through the CLI (queued on the cluster, checked by the worker, verdict read back).
      const checked = await runCli(['check', '--json', '--timeout', '30', articles[0]!.url], c.env, 60_000);
      expect(checked.timedOut, checked.stderr).toBe(false);
      expect(checked.code, checked.stderr).toBe(0);
      expect(JSON.parse(checked.stdout.trim())).toMatchObject({ url: articles[0]!.url });
      // The re-check finds the alert ids taken: still every alert exactly once.
      expect(c.diff()).toEqual({ missing: [], doubled: [], unexpected: [] });

      const sources = await runCli(['sources', '--json'], c.env, 30_000);
      expect(sources.code, sources.stderr).toBe(0);
      const row = JSON.parse(sources.stdout.trim().split('\n')[0]!) as { id: string; state: string; lastFetchAt: number | null };
      expect(row).toMatchObject({ id: 'desk', state: 'ok' });
      expect(row.lastFetchAt).toBeGreaterThan(Date.now() - 60_000);
    } finally {
      expect(await worker.stop('SIGTERM')).toBe(0);
    }
    expect(worker.output()).toContain('claimwatch worker started');
    // Every key of the instance is on the node that owns the hash tag's slot, none elsewhere.
    for (const n of cluster.nodes) {
      const keys = await scanAll(n.url, `${prefix}*`);
      if (n.port === owner.port) expect(keys.length).toBeGreaterThan(0);
      else expect(keys).toEqual([]);
    }
  }, 180_000);

  it('REDIS_CLUSTER=1 with a prefix without a hash tag: one line naming QUEUE_PREFIX and the fix, nothing written', async () => {
    const prefix = uniquePrefix('cluster-notag');
    const res = await runCli(['start'], { ...(s?.env ?? {}), REDIS_URL: cluster.nodes[0]!.url, REDIS_CLUSTER: '1', QUEUE_PREFIX: prefix }, 20_000);
    expect(res.timedOut, `still running after ${res.ms} ms`).toBe(false);
    expect(res.code).not.toBe(0);
    const lines = res.stderr.trim().split('\n');
    expect(lines, res.stderr).toHaveLength(1);
    expect(lines[0]).toMatch(/QUEUE_PREFIX=.*hash tag.*Fix: QUEUE_PREFIX=\{cwtest-cluster-notag-[0-9a-f]+\}/);
    for (const n of cluster.nodes) expect(await scanAll(n.url, `${prefix}*`)).toEqual([]);
  }, 60_000);
});

async function scanAll(url: string, match: string): Promise<string[]> {
  const r = new Redis(url);
  try {
    const out: string[] = [];
    let cursor = '0';
    do {
      const [next, keys] = await r.scan(cursor, 'MATCH', match, 'COUNT', 1000);
      out.push(...keys);
      cursor = next;
    } while (cursor !== '0');
    return out;
  } finally {
    r.disconnect();
  }
}
