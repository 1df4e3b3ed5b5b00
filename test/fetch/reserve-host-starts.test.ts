import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reserveHostStarts } from '../../src/fetch/host-pacing.ts';
import { testRedis, type TestRedis } from './support/test-redis.ts';

describe('reserveHostStarts (a poll queues its new items when their host is expected to be free; real Redis)', () => {
  let r: TestRedis;
  beforeAll(() => {
    r = testRedis();
  });
  afterAll(async () => {
    await r.cleanup();
  });

  it('gives the k-th request of a host k host intervals, each host counted on its own', async () => {
    const urls = ['http://a.example/1', 'http://b.example/1', 'http://a.example/2', 'http://A.example/3', 'http://b.example/2', 'http://c.example/1'];
    const delays = await reserveHostStarts(r.redis, r.prefix, urls, 1000);
    // Redis time moves on between calls only: within one call the steps are exact.
    expect(delays).toEqual([0, 0, 1000, 2000, 1000, 0]);
  });

  it('carries reservations across polls and workers: a second feed listing the same host queues after the first', async () => {
    const other = r.connect();
    const first = await reserveHostStarts(r.redis, r.prefix, ['http://shared.example/1', 'http://shared.example/2'], 1000);
    const second = await reserveHostStarts(other, r.prefix, ['http://shared.example/3', 'http://elsewhere.example/1'], 1000);
    expect(first).toEqual([0, 1000]);
    expect(second[0]).toBeGreaterThan(1900);
    expect(second[0]).toBeLessThanOrEqual(2000);
    expect(second[1]).toBe(0);
  });

  it('gives no delays with no host interval, and none for a URL it cannot parse', async () => {
    expect(await reserveHostStarts(r.redis, r.prefix, ['http://z.example/1', 'http://z.example/2'], 0)).toEqual([0, 0]);
    expect(await reserveHostStarts(r.redis, r.prefix, ['not a url', 'http://y.example/1', 'not a url', 'http://y.example/2'], 1000)).toEqual([0, 0, 0, 1000]);
  });
});
