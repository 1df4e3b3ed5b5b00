import { createHash } from 'node:crypto';
import type { RedisClient } from '../queue/connection.ts';

/** A Lua script run with EVALSHA, loading it once per connection when Redis answers NOSCRIPT. */
export interface RedisScript {
  run(redis: RedisClient, keys: string[], args: Array<string | number>): Promise<unknown>;
}

export function defineScript(lua: string): RedisScript {
  const sha = createHash('sha1').update(lua).digest('hex');
  return {
    async run(redis, keys, args) {
      try {
        return await redis.evalsha(sha, keys.length, ...keys, ...args);
      } catch (err) {
        if (!String((err as Error).message).includes('NOSCRIPT')) throw err;
        return redis.eval(lua, keys.length, ...keys, ...args);
      }
    },
  };
}
