import { Redis, type RedisOptions } from 'ioredis';

/** Keys under the prefix on this Redis (SCAN, never KEYS). */
export async function keysUnder(redis: Redis, prefix: string): Promise<string[]> {
  const out: string[] = [];
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
    out.push(...keys);
    cursor = next;
  } while (cursor !== '0');
  return out;
}

/** Deletes every key under the prefix on the Redis at `url` (redis-prefix.ts does it for the shared one). */
export async function removeKeysUnder(url: string, prefix: string, options: RedisOptions = {}): Promise<void> {
  const redis = new Redis(url, { ...options, maxRetriesPerRequest: 1 });
  redis.on('error', () => undefined); // a node a test killed: the command fails, the caller decides
  try {
    const keys = await keysUnder(redis, prefix);
    for (let i = 0; i < keys.length; i += 1000) await redis.del(...keys.slice(i, i + 1000));
  } finally {
    redis.disconnect();
  }
}
