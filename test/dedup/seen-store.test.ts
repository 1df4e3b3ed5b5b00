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

  it('marks a poll\'s items in one call: fresh only when GUID and URL are both new; a seen GUID leaves the URL unmarked', async () => {
    const seen = createSeenStore(redis, prefix, 60_000);
    expect(await seen.markItems('s9', [])).toEqual([]);
    await seen.markUrl('https://a.example/seen-url');
    await seen.markGuid('s9', 'seen-guid');
    const items = [
      { url: 'https://a.example/1', guid: 'g1' },
      { url: 'https://a.example/2', guid: null },
      { url: 'https://a.example/seen-url', guid: 'g3' },
      { url: 'https://a.example/4', guid: 'seen-guid' },
      { url: 'https://a.example/1', guid: 'g5' },
    ];
    expect(await seen.markItems('s9', items)).toEqual([true, true, false, false, false]);
    expect(await seen.hasUrl('https://a.example/4')).toBe(false);
    // concurrent pollers of one feed: each item is fresh for exactly one of them
    const again = [{ url: 'https://a.example/6', guid: 'g6' }, { url: 'https://a.example/7', guid: null }];
    const runs = await Promise.all([1, 2, 3].map(() => seen.markItems('s9', again)));
    expect(runs.map((r) => r[0]).filter(Boolean)).toHaveLength(1);
    expect(runs.map((r) => r[1]).filter(Boolean)).toHaveLength(1);
    // items that could not be queued are forgotten, so the next poll finds them again
    await seen.forgetItems('s9', again);
    expect(await seen.markItems('s9', again)).toEqual([true, true]);
  });
});
