import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';

/** A real Redis connection with a key prefix of its own; `cleanup` deletes every key under it and disconnects. */
export interface TestRedis {
  redis: Redis;
  prefix: string;
  connect(): Redis;
  cleanup(): Promise<void>;
}

export function testRedis(): TestRedis {
  const prefix = `cwtest-${randomBytes(6).toString('hex')}`;
  const connections: Redis[] = [];
  const connect = () => {
    const r = new Redis({ host: '127.0.0.1', port: 6379, maxRetriesPerRequest: 1, lazyConnect: false });
    connections.push(r);
    return r;
  };
  const redis = connect();
  return {
    redis,
    prefix,
    connect,
    async cleanup() {
      let cursor = '0';
      do {
        const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 500);
        cursor = next;
        if (keys.length) await redis.del(...keys);
      } while (cursor !== '0');
      await Promise.all(connections.map((c) => c.quit().catch(() => c.disconnect())));
    },
  };
}
