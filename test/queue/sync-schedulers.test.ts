import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Source } from '../../src/config/sources-file.ts';
import { syncSchedulers } from '../../src/queue/sync-schedulers.ts';
import { REDIS_URL, removePrefix, uniquePrefix } from '../support/redis-prefix.ts';

const source = (id: string, every: number, enabled = true): Source => ({ id, url: `https://example.org/${id}.xml`, type: 'feed', every, enabled });

describe('syncSchedulers (real Redis)', () => {
  const prefix = uniquePrefix('sched');
  let redis: Redis;
  let queue: Queue;

  beforeAll(() => {
    redis = new Redis(REDIS_URL, { maxRetriesPerRequest: null });
    queue = new Queue('poll', { connection: redis, prefix });
  });
  afterAll(async () => {
    await queue.close();
    await removePrefix(prefix);
    redis.disconnect();
  });

  it('adds, updates, keeps and removes schedulers to match the sources file', async () => {
    expect(await syncSchedulers(queue, [source('a', 60_000), source('b', 120_000)])).toMatchObject({ added: ['a', 'b'], removed: [] });
    const report = await syncSchedulers(queue, [source('a', 60_000), source('b', 300_000), source('c', 5000), source('d', 5000, false)]);
    expect(report).toEqual({ added: ['c'], updated: ['b'], removed: [], unchanged: ['a'] });
    expect(await syncSchedulers(queue, [source('c', 5000)])).toMatchObject({ removed: ['a', 'b'], unchanged: ['c'] });
    const all = await queue.getJobSchedulers();
    expect(all.map((s) => [s.key, s.every])).toEqual([['c', 5000]]);
  });

  it('several workers starting at once create one schedule per source', async () => {
    const sources = [source('x', 60_000), source('y', 60_000), source('z', 60_000)];
    const queues = [0, 1, 2].map(() => new Queue('poll2', { connection: redis, prefix }));
    try {
      await Promise.all(queues.map((q) => syncSchedulers(q, sources)));
      expect((await queues[0]!.getJobSchedulers()).map((s) => s.key).sort()).toEqual(['x', 'y', 'z']);
      const delayed = await queues[0]!.getJobs(['delayed', 'waiting', 'prioritized']);
      expect(delayed.map((j) => j.data.sourceId).sort()).toEqual(['x', 'y', 'z']);
    } finally {
      await Promise.all(queues.map((q) => q.close()));
    }
  });
});
