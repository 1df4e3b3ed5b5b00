import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server.ts';
import { REDIS_URL, removePrefix, uniquePrefix } from '../support/redis-prefix.ts';
import { ROOT, runCli } from '../support/worker-process.ts';

/**
 * `claimwatch check` with no worker running, as a new user tries it first: it says so on stderr and checks
 * the URL in its own process, through the same checkUrl path (same alert log, same alert ids).
 */
describe('claimwatch check without a worker', () => {
  const prefix = uniquePrefix('check-local');
  const dir = mkdtempSync(path.join(tmpdir(), 'claimwatch-check-local-'));
  const alertLog = path.join(dir, 'alerts.log');
  let server: FixtureServer;
  let env: Record<string, string>;

  const alerts = () =>
    existsSync(alertLog) ? readFileSync(alertLog, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>) : [];

  beforeAll(async () => {
    server = await startFixtureServer(path.join(ROOT, 'test/fixtures/site'));
    const sources = path.join(dir, 'sources.yaml');
    writeFileSync(sources, `sources:\n  - { id: desk, url: "${server.base}/feed.xml", type: feed, every: 1h }\n`);
    env = {
      REDIS_URL,
      QUEUE_PREFIX: prefix,
      SOURCES_FILE: sources,
      CLAIMS_FILE: path.join(ROOT, 'config/claims.yaml'),
      ALERT_LOG: alertLog,
      ALLOW_PRIVATE_URLS: '1',
    };
  });

  afterAll(async () => {
    await server?.close();
    await removePrefix(prefix);
    rmSync(dir, { recursive: true, force: true });
  });

  it('checks here, says why on stderr, logs the alerts once', async () => {
    const url = `${server.base}/2024/08/27/satellite-build-up.html`;
    const first = await runCli(['check', url], env, 60_000);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stderr).toContain(`no claimwatch worker is running on ${REDIS_URL} with QUEUE_PREFIX=${prefix}: checking here instead`);
    expect(first.stdout).toMatch(/1100-troops-30-miles\s+contradicts/);
    expect(first.stdout).toContain('logged now');
    // The verdict lists the alerts; the alert lines themselves go to the log only, not onto the verdict.
    expect(first.stdout).not.toContain('"alert":');
    const logged = alerts();
    expect(logged.map((a) => a.alert).sort()).toEqual(['contradiction', 'new']);
    expect(logged.find((a) => a.alert === 'contradiction')!.claim).toBe('1100-troops-30-miles');

    // Again, and with --local: the same verdict, and the alerts are not logged a second time.
    const again = await runCli(['check', '--local', '--json', url], env, 60_000);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stderr).toBe('');
    const verdict = JSON.parse(again.stdout);
    expect(verdict.verdict.claims.find((c: { claimId: string }) => c.claimId === '1100-troops-30-miles').stance).toBe('contradicts');
    expect(verdict.source).toBe('manual');
    expect(alerts()).toHaveLength(2);
  });

  it('checks several URLs in order; one that fails is named and the exit code says so', async () => {
    const res = await runCli(['check', '--local', '--json', `${server.base}/no-such-article.html`, `${server.base}/2024/08/20/hockey-final.html`], env, 60_000);
    expect(res.code).toBe(1);
    const [missing, hockey] = res.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(missing.url).toBe(`${server.base}/no-such-article.html`);
    expect(missing.error).toMatch(/404/);
    expect(hockey.verdict.relevance.relevant).toBe(false);
  });

  it('refuses --local with --no-wait, and loopback URLs without ALLOW_PRIVATE_URLS', async () => {
    const both = await runCli(['check', '--local', '--no-wait', `${server.base}/feed.xml`], env, 30_000);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('--local checks now and --no-wait only queues');
    const strict = await runCli(['check', '--local', `${server.base}/2024/08/20/hockey-final.html`], { ...env, ALLOW_PRIVATE_URLS: '' }, 30_000);
    expect(strict.code).toBe(1);
    expect(strict.stdout).toMatch(/refusing to connect to 127\.0\.0\.1 \(loopback address\)/);
  });
});
