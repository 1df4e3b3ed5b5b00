import type { RedisClient } from '../queue/connection.ts';
import { stateKeys } from '../queue/keys.ts';
import { sourceBackoffMs } from './backoff.ts';

/** Per-source health, one small hash per source: what `claimwatch sources` shows. */
export interface SourceState {
  id: string;
  state: 'ok' | 'backoff' | 'new';
  lastFetchAt: number | null;
  lastStatus: string | null;
  lastError: string | null;
  itemsFound: number;
  newItems: number;
  consecutiveErrors: number;
  /** While in backoff, polls before this time are skipped. */
  backoffUntil: number | null;
}

export function createSourceStateStore(redis: RedisClient, prefix: string) {
  const keys = stateKeys(prefix);

  async function get(id: string): Promise<SourceState> {
    const h = await redis.hgetall(keys.source(id));
    const num = (v: string | undefined) => (v === undefined || v === '' ? null : Number(v));
    return {
      id,
      state: (h.state as SourceState['state']) ?? 'new',
      lastFetchAt: num(h.lastFetchAt),
      lastStatus: h.lastStatus ?? null,
      lastError: h.lastError || null,
      itemsFound: num(h.itemsFound) ?? 0,
      newItems: num(h.newItems) ?? 0,
      consecutiveErrors: num(h.consecutiveErrors) ?? 0,
      backoffUntil: num(h.backoffUntil),
    };
  }

  return {
    get,
    async list(ids: string[]): Promise<SourceState[]> {
      return Promise.all(ids.map(get));
    },
    /**
     * Records a good poll (one HSET); returns true when the source came back from backoff. `before` is the
     * state the poll read when it started (`get`).
     */
    async recordSuccess(id: string, info: { status: string; itemsFound: number; newItems: number }, before: SourceState['state']): Promise<boolean> {
      await redis.hset(keys.source(id), {
        state: 'ok',
        lastFetchAt: Date.now(),
        lastStatus: info.status,
        lastError: '',
        itemsFound: info.itemsFound,
        newItems: info.newItems,
        consecutiveErrors: 0,
        backoffUntil: '',
      });
      return before === 'backoff';
    },
    /** Records a failed poll; returns the new state and when the next poll may run. */
    async recordFailure(
      id: string,
      info: { status: string; error: string; intervalMs: number; retryAfterMs?: number },
    ): Promise<{ consecutiveErrors: number; backoffMs: number; changedToBackoff: boolean }> {
      const key = keys.source(id);
      const consecutiveErrors = await redis.hincrby(key, 'consecutiveErrors', 1);
      const before = await redis.hget(key, 'state');
      const backoffMs = Math.max(sourceBackoffMs(consecutiveErrors, info.intervalMs), info.retryAfterMs ?? 0);
      const state = backoffMs > 0 ? 'backoff' : 'ok';
      await redis.hset(key, {
        state,
        lastFetchAt: Date.now(),
        lastStatus: info.status,
        lastError: info.error.slice(0, 500),
        backoffUntil: backoffMs > 0 ? Date.now() + backoffMs : '',
      });
      return { consecutiveErrors, backoffMs, changedToBackoff: state === 'backoff' && before !== 'backoff' };
    },
    async remove(id: string): Promise<void> {
      await redis.del(keys.source(id));
    },
  };
}

export type SourceStateStore = ReturnType<typeof createSourceStateStore>;
