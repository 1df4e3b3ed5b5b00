import { Redis, type RedisOptions } from 'ioredis';

/**
 * Workers need `maxRetriesPerRequest: null` (BullMQ blocks on Redis and must retry forever while it
 * reconnects); producers such as the CLI fail fast instead (`enableOfflineQueue: false`), so a user
 * without Redis gets an error, not a hang.
 */
export function createRedis(url: string, role: 'worker' | 'producer', extra: RedisOptions = {}): Redis {
  const options: RedisOptions =
    role === 'worker'
      ? { maxRetriesPerRequest: null, enableReadyCheck: true }
      : { maxRetriesPerRequest: 1, enableOfflineQueue: false, connectTimeout: 5000 };
  // Redis URLs carry host, port, user, password, database and TLS (rediss://).
  return new Redis(url, { ...options, ...extra, lazyConnect: true });
}

/** The URL as logs may show it: the user and password part replaced by ***. */
export function redactRedisUrl(url: string): string {
  return url.replace(/\/\/([^@/]*)@/, '//***@');
}

/**
 * Connects, or throws a message that names the URL (without its password) and the fix. The first
 * connection error ends the attempt at once: at start-up a refused connection is a configuration
 * problem, not an outage to wait out (later outages are retried by ioredis).
 */
export async function connectRedis(redis: Redis, url: string, timeoutMs = 5000): Promise<void> {
  const safeUrl = redactRedisUrl(url);
  let timer: NodeJS.Timeout | undefined;
  let onError: ((err: Error) => void) | undefined;
  try {
    await Promise.race([
      redis.connect().then(() => redis.ping()),
      new Promise((_, reject) => {
        onError = reject;
        redis.once('error', onError);
        timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
      }),
    ]);
  } catch (err) {
    redis.disconnect();
    const reason = ((err as Error).message || String(err)).replace(/\.+$/, '');
    throw new Error(`cannot connect to Redis at ${safeUrl}: ${reason}. Fix: start Redis or set REDIS_URL (e.g. redis://127.0.0.1:6379)`);
  } finally {
    clearTimeout(timer);
    if (onError) redis.off('error', onError);
  }
}
