import type { RedisClient } from '../queue/connection.ts';
import { stateKeys } from '../queue/keys.ts';

/**
 * Remembers feed GUIDs and canonical URLs that were already queued. `markNew` is an atomic
 * set-if-absent, so two workers polling the same feed cannot both queue the same article. Keys expire
 * (SEEN_TTL) so Redis does not grow without bound.
 */
export function createSeenStore(redis: RedisClient, prefix: string, ttlMs: number) {
  const keys = stateKeys(prefix);
  return {
    /** True when the URL had not been seen before (and is now marked). */
    async markUrl(canonicalUrl: string): Promise<boolean> {
      return (await redis.set(keys.seenUrl(canonicalUrl), '1', 'PX', ttlMs, 'NX')) === 'OK';
    },
    async hasUrl(canonicalUrl: string): Promise<boolean> {
      return (await redis.exists(keys.seenUrl(canonicalUrl))) === 1;
    },
    /** Forgets a URL so that a failed check can be queued again by a later poll. */
    async forgetUrl(canonicalUrl: string): Promise<void> {
      await redis.del(keys.seenUrl(canonicalUrl));
    },
    async markGuid(sourceId: string, guid: string): Promise<boolean> {
      return (await redis.set(keys.seenGuid(sourceId, guid), '1', 'PX', ttlMs, 'NX')) === 'OK';
    },
  };
}

export type SeenStore = ReturnType<typeof createSeenStore>;
