import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fingerprint } from '../../src/dedup/content-fingerprint.ts';
import { createNearDuplicateIndex } from '../../src/dedup/near-duplicate-index.ts';
import { fixture } from '../fetch/support/fixture-server.ts';
import { testRedis, type TestRedis } from '../fetch/support/test-redis.ts';
import { waitFor } from '../support/wait-for.ts';

const text = (name: string) => fixture(`dedup/${name}`).toString('utf8');

describe('near-duplicate index (real Redis)', () => {
  let r: TestRedis;
  beforeAll(() => {
    r = testRedis();
  });
  afterAll(() => r.cleanup());

  it('finds a syndicated copy and not a different article on the same story', async () => {
    const index = createNearDuplicateIndex({ redis: r.redis, prefix: `${r.prefix}:a`, ttlSeconds: 3600 });
    expect(await index.findOrAdd('https://a.example/original', fingerprint(text('original.txt')))).toEqual({ duplicateOf: null, distance: null });
    expect((await index.findOrAdd('https://b.example/copy', fingerprint(text('syndicated-copy.txt')))).duplicateOf).toBe('https://a.example/original');
    expect((await index.findOrAdd('https://c.example/other', fingerprint(text('same-topic-other-article.txt')))).duplicateOf).toBeNull();
    // The different article was added: its own copy is now found.
    expect((await index.findOrAdd('https://d.example/other-copy', fingerprint(`Headline\n\n${text('same-topic-other-article.txt')}`))).duplicateOf).toBe('https://c.example/other');
  });

  it('matches within maxDistance bits through any one band, including hashes with the top bits set', async () => {
    const index = createNearDuplicateIndex({ redis: r.redis, prefix: `${r.prefix}:b`, ttlSeconds: 3600 });
    const base = 0xfedc_ba98_7654_3210n;
    expect((await index.findOrAdd('base', { simhash: base, exact: 'e0' })).duplicateOf).toBeNull();
    // 3 bits flipped, in three different bands: only the fourth band still matches.
    const near = base ^ (1n << 63n) ^ (1n << 40n) ^ (1n << 20n);
    expect(await index.findOrAdd('near', { simhash: near, exact: 'e1' })).toEqual({ duplicateOf: 'base', distance: 3 });
    // 4 bits flipped, one per band: beyond the default distance and in no shared band.
    const far = base ^ (1n << 63n) ^ (1n << 40n) ^ (1n << 20n) ^ 1n;
    expect((await index.findOrAdd('far', { simhash: far, exact: 'e2' })).duplicateOf).toBeNull();
  });

  it('finds exact copies by hash even when the SimHashes differ, and does not match an id with itself', async () => {
    const index = createNearDuplicateIndex({ redis: r.redis, prefix: `${r.prefix}:c`, ttlSeconds: 3600 });
    expect((await index.findOrAdd('x', { simhash: 0x1111n, exact: 'same' })).duplicateOf).toBeNull();
    expect((await index.findOrAdd('y', { simhash: 0xffff_0000_ffff_0000n, exact: 'same' })).duplicateOf).toBe('x');
    expect((await index.findOrAdd('x', { simhash: 0x1111n, exact: 'same' })).duplicateOf).toBeNull();
  });

  it('reads and writes a fixed number of keys with a TTL', async () => {
    const prefix = `${r.prefix}:d`;
    const index = createNearDuplicateIndex({ redis: r.redis, prefix, ttlSeconds: 120 });
    await index.findOrAdd('k', fingerprint(text('original.txt')));
    const keys = await r.redis.keys(`${prefix}:*`);
    expect(keys).toHaveLength(5);
    for (const k of keys) {
      const ttl = await r.redis.pttl(k);
      expect(ttl).toBeGreaterThan(100_000);
      expect(ttl).toBeLessThanOrEqual(120_000);
    }
  });

  it('forgets entries after the TTL', async () => {
    const index = createNearDuplicateIndex({ redis: r.redis, prefix: `${r.prefix}:e`, ttlSeconds: 0.2 });
    await index.findOrAdd('old', { simhash: 0xabcdn, exact: 'old' });
    expect((await index.findOrAdd('new', { simhash: 0xabcdn, exact: 'other' })).duplicateOf).toBe('old');
    const result = await waitFor(
      async () => {
        const r2 = await index.findOrAdd('newer', { simhash: 0xabcdn, exact: 'another' });
        return r2.duplicateOf === null || r2.duplicateOf === 'new' ? r2 : null;
      },
      { what: 'the old entry to expire', timeoutMs: 3000, intervalMs: 50 },
    );
    expect(result.duplicateOf === 'old').toBe(false);
  });

  it('two workers adding copies of one story at once: exactly one is first', async () => {
    const workers = [r.connect(), r.connect(), r.connect(), r.connect()];
    const fp = fingerprint(text('original.txt'));
    for (let round = 0; round < 20; round++) {
      const prefix = `${r.prefix}:race${round}`;
      const results = await Promise.all(
        workers.map((redis, i) => createNearDuplicateIndex({ redis, prefix, ttlSeconds: 60 }).findOrAdd(`w${i}`, fp)),
      );
      const firsts = results.filter((x) => x.duplicateOf === null);
      expect(firsts).toHaveLength(1);
    }
  });

  it('neither matches nor stores an empty text', async () => {
    const prefix = `${r.prefix}:empty`;
    const index = createNearDuplicateIndex({ redis: r.redis, prefix, ttlSeconds: 60 });
    expect((await index.findOrAdd('e1', fingerprint(''))).duplicateOf).toBeNull();
    expect((await index.findOrAdd('e2', fingerprint(' \n '))).duplicateOf).toBeNull();
    expect(await r.redis.keys(`${prefix}:*`)).toEqual([]);
  });

  it('validates its options', () => {
    expect(() => createNearDuplicateIndex({ redis: r.redis, prefix: 'p', ttlSeconds: 0 })).toThrow(/ttlSeconds/);
    expect(() => createNearDuplicateIndex({ redis: r.redis, prefix: 'p', ttlSeconds: 1, maxDistance: -1 })).toThrow(/maxDistance/);
  });
});
