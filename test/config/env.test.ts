import { describe, expect, it } from 'vitest';
import { loadEnv } from '../../src/config/env.ts';

describe('environment', () => {
  it('has documented defaults', () => {
    const env = loadEnv({}, '/srv/claimwatch');
    expect(env).toMatchObject({
      REDIS_URL: 'redis://127.0.0.1:6379',
      QUEUE_PREFIX: 'claimwatch',
      SOURCES_FILE: '/srv/claimwatch/config/sources.yaml',
      CLAIMS_FILE: '/srv/claimwatch/config/claims.yaml',
      ALERT_LOG: '/srv/claimwatch/logs/alerts.log',
      LOG_LEVEL: 'info',
      ALLOW_PRIVATE_URLS: false,
      SEEN_TTL: 90 * 86_400_000,
    });
  });

  it('reads switches and durations', () => {
    const env = loadEnv({ ALLOW_PRIVATE_URLS: '1', SEEN_TTL: '7d', QUEUE_PREFIX: '{cw}' }, '/');
    expect(env.ALLOW_PRIVATE_URLS).toBe(true);
    expect(env.SEEN_TTL).toBe(7 * 86_400_000);
    expect(env.QUEUE_PREFIX).toBe('{cw}');
  });

  it('reads fetch bounds and politeness', () => {
    const env = loadEnv({ FETCH_MAX_BYTES: '512k', FETCH_TIMEOUT: '2s', HOST_CONCURRENCY: '4', HOST_INTERVAL: '250ms' }, '/');
    expect(env).toMatchObject({ FETCH_MAX_BYTES: 512 * 1024, FETCH_TIMEOUT: 2000, HOST_CONCURRENCY: 4, HOST_INTERVAL: 250 });
    expect(loadEnv({}, '/')).toMatchObject({ FETCH_MAX_BYTES: 5 * 1024 * 1024, FETCH_TIMEOUT: 30_000, HOST_CONCURRENCY: 1, HOST_INTERVAL: 1000 });
    expect(() => loadEnv({ FETCH_MAX_BYTES: 'lots' }, '/')).toThrow(/FETCH_MAX_BYTES="lots".*Fix/);
  });

  it('names the variable and the fix', () => {
    expect(() => loadEnv({ QUEUE_PREFIX: 'a:b' }, '/')).toThrow(/QUEUE_PREFIX="a:b".*Fix/);
    expect(() => loadEnv({ ALLOW_PRIVATE_URLS: 'maybe' }, '/')).toThrow(/ALLOW_PRIVATE_URLS/);
  });

  it('REDIS_CLUSTER is off by default; on, it needs a hash-tagged QUEUE_PREFIX', () => {
    expect(loadEnv({}, '/').REDIS_CLUSTER).toBe(false);
    expect(loadEnv({ REDIS_CLUSTER: '1', QUEUE_PREFIX: '{cw}' }, '/')).toMatchObject({ REDIS_CLUSTER: true, QUEUE_PREFIX: '{cw}' });
    expect(loadEnv({ REDIS_CLUSTER: 'true', QUEUE_PREFIX: 'prod-{cw}' }, '/').REDIS_CLUSTER).toBe(true);
    expect(() => loadEnv({ REDIS_CLUSTER: '1' }, '/')).toThrow(/QUEUE_PREFIX \(not set\): .*"claimwatch".*hash tag.*Fix: QUEUE_PREFIX=\{claimwatch\}/);
    expect(() => loadEnv({ REDIS_CLUSTER: '1', QUEUE_PREFIX: '{}cw' }, '/')).toThrow(/QUEUE_PREFIX="\{\}cw".*Fix: QUEUE_PREFIX=\{cw\}/);
    expect(() => loadEnv({ REDIS_CLUSTER: 'maybe' }, '/')).toThrow(/REDIS_CLUSTER/);
  });
});
