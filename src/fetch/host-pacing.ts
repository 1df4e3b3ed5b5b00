import { randomUUID } from 'node:crypto';
import type { RedisClient } from '../queue/connection.ts';
import { FetchError } from './fetch-error.ts';
import { defineScript } from './redis-script.ts';

export type AcquireResult = { ok: true; release(): Promise<void> } | { ok: false; waitMs: number };

export interface HostPacer {
  /** Never waits: a slot now, or how long to wait before asking again. */
  acquire(host: string): Promise<AcquireResult>;
  /**
   * Polls `acquire` until a slot is free. `deadlineMs` is the longest wait in ms (or, if larger
   * than 1e12, an absolute epoch time); past it, throws FetchError 'host-busy'.
   */
  waitForSlot(host: string, deadlineMs: number): Promise<{ release(): Promise<void> }>;
  /** Pushes the host's next start to at least `ms` from now (robots.txt Crawl-delay). */
  holdOff(host: string, ms: number): Promise<void>;
}

export interface HostPacingOptions {
  redis: RedisClient;
  prefix: string;
  /** Requests in flight per host, across all workers. Default 1. */
  concurrency?: number;
  /** Minimum time between the starts of two requests to a host. Default 1000 ms. */
  intervalMs?: number;
  /** A slot not released within this time is free again (a crashed worker). Default 60 s. */
  leaseMs?: number;
}

/**
 * One atomic step on Redis time: drop expired leases, honour the interval since the last start,
 * then take a lease if fewer than `concurrency` are held. Returns {1, 0} or {0, waitMs}.
 * A refused caller is given a turn after those already told to wait (KEYS[3] holds the last turn
 * handed out), so a burst of jobs for one host comes back spread out instead of all at once.
 */
const ACQUIRE = defineScript(`
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local concurrency = tonumber(ARGV[2])
local interval = tonumber(ARGV[3])
local lease = tonumber(ARGV[4])
local spacing = math.max(interval, 50)
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
local nextAt = tonumber(redis.call('GET', KEYS[2]) or '0')
local earliest = nil
if nextAt > now then
  earliest = nextAt
elseif redis.call('ZCARD', KEYS[1]) >= concurrency then
  local first = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
  earliest = now + math.max(50, math.min(tonumber(first[2]) - now, math.max(interval, 250)))
end
if earliest then
  local lastTurn = tonumber(redis.call('GET', KEYS[3]) or '0')
  local turn = math.max(earliest, lastTurn + spacing)
  redis.call('SET', KEYS[3], turn, 'PX', turn - now + spacing)
  return {0, turn - now}
end
redis.call('ZADD', KEYS[1], now + lease, ARGV[1])
redis.call('PEXPIRE', KEYS[1], lease)
if interval > 0 then redis.call('SET', KEYS[2], now + interval, 'PX', interval) end
return {1, 0}
`);

const RELEASE = defineScript(`return redis.call('ZREM', KEYS[1], ARGV[1])`);

/** Moves the next allowed start later (never earlier), on Redis time. */
const HOLD_OFF = defineScript(`
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local ms = tonumber(ARGV[1])
local nextAt = tonumber(redis.call('GET', KEYS[1]) or '0')
if nextAt < now + ms then redis.call('SET', KEYS[1], now + ms, 'PX', ms) end
return 1
`);

/**
 * Reserves start times for requests about to be queued (KEYS: one "queued" key per request, a host's key
 * repeated for each of its requests; ARGV[1] the host interval in ms): each request is given the host's
 * next reserved time (at the earliest now), and the reservation moves one interval on. Returns the delays.
 */
const RESERVE = defineScript(`
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local interval = tonumber(ARGV[1])
local out = {}
for i, key in ipairs(KEYS) do
  local at = math.max(now, tonumber(redis.call('GET', key) or '0'))
  out[i] = at - now
  redis.call('SET', key, at + interval, 'PX', at + 2 * interval - now)
end
return out
`);

/**
 * Delays that queue new articles when their host is expected to be free: the k-th request reserved for a
 * host, across every poll and every worker, waits until k host intervals after the first. A feed usually
 * lists many items of one site, and several feeds list the same sites; queued at once they would be taken
 * together, refused by the host pacer but one, and each moved to the delayed set and taken again (with
 * per-feed delays alone, one article in seven still was, at load). Politeness itself stays with the pacer:
 * a reservation only says when to queue. One round trip for the whole list; 0 for a URL with no host.
 */
export async function reserveHostStarts(redis: RedisClient, prefix: string, urls: readonly string[], intervalMs: number): Promise<number[]> {
  if (!(intervalMs > 0) || !urls.length) return urls.map(() => 0);
  const keys: string[] = [];
  const at: number[] = [];
  urls.forEach((url, i) => {
    let host: string;
    try {
      host = new URL(url).hostname.toLowerCase();
    } catch {
      return;
    }
    keys.push(`${prefix}:host:${host}:queued`);
    at.push(i);
  });
  const delays = urls.map(() => 0);
  if (!keys.length) return delays;
  const res = (await RESERVE.run(redis, keys, [Math.round(intervalMs)])) as number[];
  at.forEach((i, k) => (delays[i] = Math.max(0, Number(res[k] ?? 0))));
  return delays;
}

/**
 * Per-host politeness enforced through Redis for every worker process: at most `concurrency`
 * requests at once and `intervalMs` between starts. `acquire` never blocks, so a busy host does not
 * hold up the others; the job can move itself to delayed for `waitMs`.
 */
export function createHostPacer(opts: HostPacingOptions): HostPacer {
  const concurrency = opts.concurrency ?? 1;
  const intervalMs = opts.intervalMs ?? 1000;
  const leaseMs = opts.leaseMs ?? 60_000;
  if (!Number.isInteger(concurrency) || concurrency < 1) throw new TypeError(`host pacing: concurrency must be an integer >= 1, got ${concurrency}`);
  if (!(intervalMs >= 0)) throw new TypeError(`host pacing: intervalMs must be >= 0, got ${intervalMs}`);
  const keys = (host: string) => {
    const h = host.toLowerCase();
    return [`${opts.prefix}:host:${h}:slots`, `${opts.prefix}:host:${h}:next`, `${opts.prefix}:host:${h}:turn`];
  };

  async function acquire(host: string): Promise<AcquireResult> {
    const token = randomUUID();
    const res = (await ACQUIRE.run(opts.redis, keys(host), [token, concurrency, intervalMs, leaseMs])) as [number, number];
    const slots = keys(host)[0]!;
    if (Number(res[0]) !== 1) return { ok: false, waitMs: Number(res[1]) };
    let released = false;
    return {
      ok: true,
      release: async () => {
        if (released) return;
        released = true;
        await RELEASE.run(opts.redis, [slots], [token]);
      },
    };
  }

  async function waitForSlot(host: string, deadlineMs: number) {
    const deadline = deadlineMs > 1e12 ? deadlineMs : Date.now() + deadlineMs;
    for (;;) {
      const r = await acquire(host);
      if (r.ok) return r;
      const left = deadline - Date.now();
      if (left <= 0 || r.waitMs > left) {
        throw new FetchError('host-busy', `host ${host} is busy (next slot in ${r.waitMs} ms)`, host, { retryAfterMs: r.waitMs, permanent: false });
      }
      await new Promise((resolve) => setTimeout(resolve, r.waitMs));
    }
  }

  async function holdOff(host: string, ms: number): Promise<void> {
    if (!(ms > 0)) return;
    await HOLD_OFF.run(opts.redis, [keys(host)[1]!], [Math.round(ms)]);
  }

  return { acquire, waitForSlot, holdOff };
}
