import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { createSeenStore } from '../../src/dedup/seen-store.ts';
import { REDIS_URL, removePrefix, uniquePrefix } from '../support/redis-prefix.ts';

describe('seen store (real Redis)', () => {
  const prefix = uniquePrefix('seen');
  const redis = new Redis(REDIS_URL);
  afterAll(async () => {
    await removePrefix(prefix);
    redis.disconnect();
  });

  it('marks a URL once, across concurrent callers, and lets keys expire', async () => {
    const seen = createSeenStore(redis, prefix, 60_000);
    const results = await Promise.all([1, 2, 3, 4].map(() => seen.markUrl('https://a.example/x')));
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(await seen.hasUrl('https://a.example/x')).toBe(true);
    const keys = await redis.keys(`${prefix}:seen:url:*`);
    expect(keys).toHaveLength(1);
    const ttl = await redis.pttl(keys[0]!);
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(60_000);
  });

  it('marks GUIDs per source', async () => {
    const seen = createSeenStore(redis, prefix, 60_000);
    expect(await seen.markGuid('s1', 'g1')).toBe(true);
    expect(await seen.markGuid('s1', 'g1')).toBe(false);
    expect(await seen.markGuid('s2', 'g1')).toBe(true);
  });
});
