import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createScenario, expectAlertedExactlyOnce, type Scenario } from '../support/generated-scenario.ts';
import { redisServerInstalled, startRedisServer, type RedisServer } from '../support/redis-server.ts';
import { makeTestCertificates } from '../support/test-certificates.ts';
import { startWorkerProcess, runCli } from '../support/worker-process.ts';

const certs = redisServerInstalled() ? makeTestCertificates() : null;
if (!certs) process.stderr.write('redis-tls.test.ts: SKIPPED, redis-server or openssl is not installed\n');

/**
 * A managed-Redis set-up: TLS only, an ACL user with a password, the default user off. Everything goes
 * through REDIS_URL (`rediss://user:password@host:port`), the CA through NODE_EXTRA_CA_CERTS: the worker
 * runs end to end; a wrong password stops it with one line that does not show the password.
 */
describe.skipIf(!certs)('Redis over TLS with a user and a password', () => {
  let server: RedisServer;
  let s: Scenario;
  const password = 's3cret-Pa55';

  beforeAll(async () => {
    server = await startRedisServer({ tls: certs!, user: { name: 'claimwatch', password } });
    s = await createScenario({ label: 'tls', feeds: ['desk'], hosts: 12, redisUrl: server.url, redisOptions: server.clientOptions, env: { NODE_EXTRA_CA_CERTS: certs!.ca } });
  }, 60_000);

  afterAll(async () => {
    await s?.cleanup();
    await server?.dispose();
    certs?.dispose();
  });

  it('runs end to end through rediss://user:password@host; every alert once', async () => {
    expect(server.url).toMatch(/^rediss:\/\/claimwatch:/);
    const articles = s.addArticles('desk', 8);
    const worker = await startWorkerProcess(s.env);
    try {
      s.publish(articles);
      await expectAlertedExactlyOnce(s, articles);
      expect(worker.output()).not.toContain(password);
    } finally {
      expect(await worker.stop('SIGTERM')).toBe(0);
    }
  }, 90_000);

  it('a wrong password: one line naming the URL without the password, exit 1', async () => {
    const wrong = server.url.replace(encodeURIComponent(password), 'not-the-password');
    const res = await runCli(['start'], { ...s.env, REDIS_URL: wrong }, 20_000);
    expect(res.timedOut, `still running after ${res.ms} ms`).toBe(false);
    expect(res.code).toBe(1);
    const lines = res.stderr.trim().split('\n');
    expect(lines, res.stderr).toHaveLength(1);
    expect(lines[0]).toMatch(/cannot connect to Redis at rediss:\/\/\*\*\*@127\.0\.0\.1:\d+.*WRONGPASS/);
    expect(res.stderr + res.stdout).not.toContain('not-the-password');
  }, 60_000);
});
