import { Redis } from 'ioredis';
import { parseSourcesDocument } from '../../src/config/sources-file.ts';
import { createQueues } from '../../src/queue/queues.ts';
import { syncSchedulers } from '../../src/queue/sync-schedulers.ts';
import { parse as parseYaml } from 'yaml';
import { prefixMemory, usedMemory } from './load-measure.ts';

export interface SchedulerFigures {
  sources: number;
  parseMs: number;
  firstSyncMs: number;
  resyncMs: number;
  usedBefore: number;
  usedAfter: number;
  prefixKeys: number;
  prefixBytes: number;
  byKind: Map<string, { keys: number; bytes: number }>;
}

/**
 * (a) N sources scheduled: a sources file of N feeds validated as at start, then the schedulers synced
 * (first start: all added) and synced again (a restart: all unchanged), on a prefix of its own; Redis
 * memory before and after, and per key kind. No worker runs, so each source holds exactly what it holds
 * between polls: its scheduler and its next (delayed) poll job.
 */
export async function measureSchedulers(redisUrl: string, prefix: string, count: number): Promise<SchedulerFigures> {
  const redis = new Redis(redisUrl, { maxRetriesPerRequest: null });
  try {
    const yaml = `sources:\n${Array.from({ length: count }, (_, i) => `  - { id: src-${i}, url: "http://127.0.0.${2 + (i % 250)}:8/feeds/f${i}.xml", type: feed, every: ${5 + (i % 55)}m }`).join('\n')}\n`;
    let t = performance.now();
    const sources = parseSourcesDocument(parseYaml(yaml), 'generated sources.yaml');
    const parseMs = performance.now() - t;

    const usedBefore = await usedMemory(redis);
    const queues = createQueues(redis, prefix);
    t = performance.now();
    const first = await syncSchedulers(queues.poll, sources);
    const firstSyncMs = performance.now() - t;
    if (first.added.length !== count) throw new Error(`first sync added ${first.added.length} of ${count}`);
    t = performance.now();
    const again = await syncSchedulers(queues.poll, sources);
    const resyncMs = performance.now() - t;
    if (again.unchanged.length !== count) throw new Error(`second sync left ${again.unchanged.length} of ${count} unchanged`);
    const usedAfter = await usedMemory(redis);
    const mem = await prefixMemory(redis, prefix);
    await queues.close();
    return { sources: count, parseMs, firstSyncMs, resyncMs, usedBefore, usedAfter, prefixKeys: mem.keys, prefixBytes: mem.bytes, byKind: mem.byKind };
  } finally {
    redis.disconnect();
  }
}
