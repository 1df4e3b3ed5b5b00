import type { RedisClient } from '../queue/connection.ts';
import { defineScript } from '../fetch/redis-script.ts';
import { EMPTY_TEXT_HASH, type ContentFingerprint } from './content-fingerprint.ts';

export interface NearDuplicateIndexOptions {
  redis: RedisClient;
  prefix: string;
  /** How long an entry stays findable (the seen-key lifetime, default 90 days in config). */
  ttlSeconds: number;
  /**
   * Largest Hamming distance between SimHashes that still counts as the same text. Default 3: with four
   * 16-bit bands, two hashes within 3 bits share at least one band, so every such match is found.
   */
  maxDistance?: number;
}

export interface NearDuplicateIndex {
  /**
   * Looks the fingerprint up and, when nothing matches, adds it under `id`, in one atomic step: two
   * workers indexing copies of one story at the same time cannot both miss each other. An empty text
   * is neither matched nor stored.
   */
  findOrAdd(id: string, fp: ContentFingerprint): Promise<{ duplicateOf: string | null; distance: number | null }>;
}

/**
 * KEYS[1] exact-hash key; KEYS[2..5] band sorted sets (member "<16 hex simhash>|<id>", score = expiry ms).
 * ARGV: id, simhash high 32 bits (hex), low 32 bits (hex), maxDistance, ttlMs.
 * Returns {id, distance} of the closest earlier entry, or {} after adding this one.
 */
const FIND_OR_ADD = defineScript(`
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local id = ARGV[1]
local hi = bit.tobit(tonumber(ARGV[2], 16))
local lo = bit.tobit(tonumber(ARGV[3], 16))
local maxd = tonumber(ARGV[4])
local ttl = tonumber(ARGV[5])

local function popcount(x)
  local n = 0
  while x ~= 0 do
    x = bit.band(x, x - 1)
    n = n + 1
  end
  return n
end

local same = redis.call('GET', KEYS[1])
if same and same ~= id then return {same, 0} end

local best, bestD = nil, maxd + 1
for i = 2, 5 do
  redis.call('ZREMRANGEBYSCORE', KEYS[i], '-inf', now)
  for _, m in ipairs(redis.call('ZRANGE', KEYS[i], 0, -1)) do
    local mid = string.sub(m, 18)
    if mid ~= id then
      local mhi = bit.tobit(tonumber(string.sub(m, 1, 8), 16))
      local mlo = bit.tobit(tonumber(string.sub(m, 9, 16), 16))
      local d = popcount(bit.bxor(hi, mhi)) + popcount(bit.bxor(lo, mlo))
      if d < bestD then best, bestD = mid, d end
    end
  end
end
if best then return {best, bestD} end

local member = ARGV[2] .. ARGV[3] .. '|' .. id
redis.call('SET', KEYS[1], id, 'PX', ttl)
for i = 2, 5 do
  redis.call('ZADD', KEYS[i], now + ttl, member)
  redis.call('PEXPIRE', KEYS[i], ttl)
end
return {}
`);

/**
 * Near-duplicate detection over article fingerprints in Redis: an exact-hash key plus the SimHash cut
 * into four 16-bit bands, each band value a small sorted set, so a lookup reads 5 keys whatever the
 * index size. Entries expire after `ttlSeconds`.
 */
export function createNearDuplicateIndex(opts: NearDuplicateIndexOptions): NearDuplicateIndex {
  const maxDistance = opts.maxDistance ?? 3;
  if (!Number.isInteger(maxDistance) || maxDistance < 0 || maxDistance > 63) {
    throw new TypeError(`near-duplicate index: maxDistance must be an integer 0..63, got ${maxDistance}`);
  }
  if (!(opts.ttlSeconds > 0)) throw new TypeError(`near-duplicate index: ttlSeconds must be > 0, got ${opts.ttlSeconds}`);
  const ttlMs = Math.round(opts.ttlSeconds * 1000);

  return {
    async findOrAdd(id, fp) {
      // An empty text (a failed extraction) would make every other empty text its "duplicate".
      if (fp.exact === EMPTY_TEXT_HASH) return { duplicateOf: null, distance: null };
      const hex = fp.simhash.toString(16).padStart(16, '0');
      if (hex.length !== 16) throw new RangeError(`near-duplicate index: simhash of ${id} is not 64-bit`);
      const keys = [`${opts.prefix}:nd:exact:${fp.exact}`];
      for (let band = 0; band < 4; band++) keys.push(`${opts.prefix}:nd:band${band}:${hex.slice(band * 4, band * 4 + 4)}`);
      const res = (await FIND_OR_ADD.run(opts.redis, keys, [id, hex.slice(0, 8), hex.slice(8), maxDistance, ttlMs])) as [string, number] | [];
      if (res.length === 0) return { duplicateOf: null, distance: null };
      return { duplicateOf: String(res[0]), distance: Number(res[1]) };
    },
  };
}
