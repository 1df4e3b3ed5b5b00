import type { RedisClient } from '../queue/connection.ts';

export interface HealthReport {
  ok: boolean;
  reason?: string;
}

/** Redis must answer PING within this; a worker connection queues commands while reconnecting. */
const PING_TIMEOUT_MS = 1000;

/** 200 material: Redis answers and the workers run; otherwise the first reason it does not. */
export async function checkHealth(redis: RedisClient, workers: () => HealthReport): Promise<HealthReport> {
  const w = workers();
  if (!w.ok) return w;
  let timer: NodeJS.Timeout | undefined;
  try {
    const pong = await Promise.race([
      redis.ping(),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${PING_TIMEOUT_MS} ms`)), PING_TIMEOUT_MS);
      }),
    ]);
    if (pong !== 'PONG') return { ok: false, reason: `redis answered ${JSON.stringify(pong)} to PING` };
  } catch (err) {
    return { ok: false, reason: `redis does not answer: ${(err as Error).message}` };
  } finally {
    clearTimeout(timer);
  }
  return { ok: true };
}
