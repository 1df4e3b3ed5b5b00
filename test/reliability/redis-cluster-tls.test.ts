import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createScenario, expectAlertedExactlyOnce, type Scenario } from '../support/generated-scenario.ts';
import { redisClusterToolsInstalled, startRedisCluster, type RedisCluster } from '../support/redis-cluster.ts';
import { uniquePrefix } from '../support/redis-prefix.ts';
import { makeTestCertificates } from '../support/test-certificates.ts';
import { runCli, startWorkerProcess } from '../support/worker-process.ts';

const certs = redisClusterToolsInstalled() ? makeTestCertificates() : null;
if (!certs) process.stderr.write('redis-cluster-tls.test.ts: SKIPPED, redis-server, redis-cli or openssl is not installed\n');

/**
 * A managed Redis Cluster: TLS only (clients and cluster bus), an ACL user with a password, the default
 * user off. With REDIS_CLUSTER=1 one `rediss://user:password@node` is enough: the user, the password and
 * TLS apply to every node the client learns from the slot map. The password never reaches the logs.
 */
describe.skipIf(!certs)('Redis Cluster over TLS with a user and a password (REDIS_CLUSTER=1)', () => {
  let cluster: RedisCluster;
  let s: Scenario;
  const password = 'cl5ter-Pa55';

  beforeAll(async () => {
    cluster = await startRedisCluster({ masters: 3, tls: certs!, user: { name: 'claimwatch', password } });
  }, 60_000);

  afterAll(async () => {
    await s?.cleanup();
    await cluster?.dispose();
    certs?.dispose();
  });

  it('seeded with a node that does not own the slot: every alert once, the password never logged', async () => {
    const prefix = `{${uniquePrefix('cluster-tls')}}`;
    const owner = await cluster.ownerOf(prefix);
    const other = cluster.nodes.find((n) => n.port !== owner.port)!;
    expect(other.url).toMatch(/^rediss:\/\/claimwatch:/);
    s = await createScenario({
      label: 'cluster-tls',
      feeds: ['desk'],
      hosts: 12,
      prefix,
      redisUrl: owner.url,
      redisOptions: cluster.clientOptions,
      env: { REDIS_URL: other.url, REDIS_CLUSTER: '1', NODE_EXTRA_CA_CERTS: certs!.ca },
    });
    const articles = s.addArticles('desk', 8);
    const worker = await startWorkerProcess(s.env);
    try {
      s.publish(articles);
      await expectAlertedExactlyOnce(s, articles);
      const sources = await runCli(['sources', '--json'], s.env, 30_000);
      expect(sources.code, sources.stderr).toBe(0);
      expect(JSON.parse(sources.stdout.trim().split('\n')[0]!)).toMatchObject({ id: 'desk', state: 'ok' });
    } finally {
      expect(await worker.stop('SIGTERM')).toBe(0);
    }
    expect(worker.output()).not.toContain(password);
    expect(worker.output()).toContain('claimwatch worker started');
  }, 120_000);

  it('a wrong password: one line naming the URL without the password, exit 1', async () => {
    const wrong = cluster.nodes[0]!.url.replace(encodeURIComponent(password), 'not-the-password');
    const res = await runCli(['start'], { ...s.env, REDIS_URL: wrong }, 20_000);
    expect(res.timedOut, `still running after ${res.ms} ms`).toBe(false);
    expect(res.code).toBe(1);
    const lines = res.stderr.trim().split('\n');
    expect(lines, res.stderr).toHaveLength(1);
    expect(lines[0]).toMatch(/cannot connect to Redis Cluster at rediss:\/\/\*\*\*@127\.0\.0\.1:\d+.*WRONGPASS/);
    expect(res.stderr + res.stdout).not.toContain('not-the-password');
  }, 60_000);
});
