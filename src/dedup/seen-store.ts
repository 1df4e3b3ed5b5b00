import type { RedisClient } from '../queue/connection.ts';
import { defineScript } from '../fetch/redis-script.ts';
import { stateKeys } from '../queue/keys.ts';

/**
 * markItems in one round trip. ARGV[1] TTL ms, then one flag per item ("1": it has a GUID). KEYS, per item:
 * its GUID key when it has one, then its URL key. An item is fresh when its GUID (if any) and then its URL
 * were both unseen; as in `markGuid(...) && markUrl(...)`, a seen GUID leaves the URL unmarked.
 */
const MARK_ITEMS = defineScript(`
local ttl = ARGV[1]
local out = {}
local k = 1
for i = 2, #ARGV do
  local fresh = 1
  if ARGV[i] == '1' then
    if not redis.call('SET', KEYS[k], '1', 'PX', ttl, 'NX') then fresh = 0 end
    k = k + 1
  end
  if fresh == 1 and not redis.call('SET', KEYS[k], '1', 'PX', ttl, 'NX') then fresh = 0 end
  k = k + 1
  out[#out + 1] = fresh
end
return out
`);

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
    /**
     * A poll's items at once (one script, one round trip): for each, true when it is new, i.e. its GUID
     * (when it has one) and its canonical URL had not been seen, and both are now marked. Each mark is an
     * atomic set-if-absent, so concurrent pollers of one feed find each item fresh exactly once.
     */
    async markItems(sourceId: string, items: readonly { url: string; guid: string | null }[]): Promise<boolean[]> {
      if (!items.length) return [];
      const k: string[] = [];
      const flags: string[] = [];
      for (const item of items) {
        if (item.guid !== null) k.push(keys.seenGuid(sourceId, item.guid));
        k.push(keys.seenUrl(item.url));
        flags.push(item.guid !== null ? '1' : '0');
      }
      const res = (await MARK_ITEMS.run(redis, k, [ttlMs, ...flags])) as number[];
      return items.map((_, i) => Number(res[i]) === 1);
    },
    /** Forgets marks made by markItems, so that items that could not be queued are found again next poll. */
    async forgetItems(sourceId: string, items: readonly { url: string; guid: string | null }[]): Promise<void> {
      if (!items.length) return;
      await redis.del(...items.flatMap((i) => [keys.seenUrl(i.url), ...(i.guid !== null ? [keys.seenGuid(sourceId, i.guid)] : [])]));
    },
  };
}

export type SeenStore = ReturnType<typeof createSeenStore>;
