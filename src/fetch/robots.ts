import type { RedisClient } from '../queue/connection.ts';
import robotsParserUntyped from 'robots-parser';
import { decodeBody } from './decode.ts';
import { FetchError } from './fetch-error.ts';
import type { HttpClient } from './http-client.ts';
import { DEFAULT_USER_AGENT } from './accept-header.ts';

// robots-parser's declared types do not resolve under NodeNext (see shared/notes/dependencies.md).
type Robot = { isAllowed(url: string, ua?: string): boolean | undefined; getCrawlDelay(ua?: string): number | undefined };
const robotsParser = robotsParserUntyped as unknown as (url: string, contents: string) => Robot;

/** What robots.txt said for an origin: rules, or a verdict for the whole site. */
type RobotsState = { state: 'rules'; body: string } | { state: 'allow-all' } | { state: 'disallow-all'; reason: string };

/**
 * The answer for one URL. A disallow because robots.txt could not be read is temporary: the caller
 * should retry after `retryAfterMs`, not drop the URL.
 */
export type RobotsVerdict =
  | { allowed: true; crawlDelayMs: number | null }
  | { allowed: false; temporary: false }
  | { allowed: false; temporary: true; retryAfterMs: number; reason: string };

export interface RobotsChecker {
  check(url: string, userAgent?: string): Promise<RobotsVerdict>;
  isAllowed(url: string, userAgent?: string): Promise<boolean>;
  /** The site's Crawl-delay for us in ms (capped at 60 s), or null; reads the same cache as isAllowed. */
  crawlDelayMs(url: string, userAgent?: string): Promise<number | null>;
}

const MAX_CRAWL_DELAY_MS = 60_000;

export interface RobotsOptions {
  client: HttpClient;
  redis: RedisClient;
  prefix: string;
  userAgent?: string;
  /** How long a fetched robots.txt is trusted. Default 24 h. */
  ttlSeconds?: number;
  /** How long an unreachable robots.txt (5xx, 429, timeout) blocks the site. Default 10 min. */
  errorTtlSeconds?: number;
}

/** Google's limit: rules past 500 KiB are ignored, so a larger file is treated as unreachable. */
const MAX_ROBOTS_BYTES = 500 * 1024;
const MEMORY_ENTRIES = 1000;

/**
 * robots.txt per origin, fetched through the shared client and cached in Redis (plus a small
 * in-process cache). RFC 9309: a missing or 4xx robots.txt allows everything; a 5xx / unreachable
 * one disallows everything, for a short time only.
 */
export function createRobotsChecker(opts: RobotsOptions): RobotsChecker {
  const ttl = opts.ttlSeconds ?? 24 * 60 * 60;
  const errorTtl = opts.errorTtlSeconds ?? 10 * 60;
  const memory = new Map<string, Loaded>();
  const inFlight = new Map<string, Promise<Loaded>>();

  /** Concurrent checks for one origin in this process share one Redis read / robots.txt fetch. */
  function load(origin: string, ua: string): Promise<Loaded> {
    const cached = memory.get(origin);
    if (cached && cached.expiresAt > Date.now()) return Promise.resolve(cached);
    let p = inFlight.get(origin);
    if (!p) {
      p = loadUncached(origin, ua).finally(() => inFlight.delete(origin));
      inFlight.set(origin, p);
    }
    return p;
  }

  async function loadUncached(origin: string, ua: string): Promise<Loaded> {
    const key = `${opts.prefix}:robots:${origin}`;
    const [raw, pttl] = await Promise.all([opts.redis.get(key), opts.redis.pttl(key)]);
    let state: RobotsState;
    let lifetimeMs: number;
    if (raw) {
      state = JSON.parse(raw) as RobotsState;
      lifetimeMs = pttl > 0 ? pttl : 60_000;
    } else {
      state = await fetchRobots(origin, ua);
      const seconds = state.state === 'disallow-all' ? errorTtl : ttl;
      await opts.redis.set(key, JSON.stringify(state), 'EX', seconds);
      lifetimeMs = seconds * 1000;
    }
    const loaded: Loaded = {
      robot: state.state === 'rules' ? robotsParser(`${origin}/robots.txt`, state.body) : state.state === 'allow-all',
      unreachable: state.state === 'disallow-all' ? state.reason : null,
      validUntil: Date.now() + lifetimeMs,
      expiresAt: Date.now() + Math.min(lifetimeMs, 10 * 60_000),
    };
    if (memory.size >= MEMORY_ENTRIES) memory.delete(memory.keys().next().value!);
    memory.set(origin, loaded);
    return loaded;
  }

  async function fetchRobots(origin: string, ua: string): Promise<RobotsState> {
    try {
      const res = await opts.client.get(`${origin}/robots.txt`, { kind: 'robots', userAgent: ua, maxBytes: MAX_ROBOTS_BYTES });
      return { state: 'rules', body: decodeBody(res.body, res.charset).text };
    } catch (err) {
      if (!(err instanceof FetchError)) throw err;
      switch (err.kind) {
        case 'http-status':
          return (err.status ?? 500) >= 500 ? { state: 'disallow-all', reason: err.message } : { state: 'allow-all' };
        // An empty, binary or redirect-broken robots.txt has no rules to honour.
        case 'empty-body':
        case 'binary-body':
        case 'too-many-redirects':
        case 'bad-url':
        case 'private-address':
          return { state: 'allow-all' };
        default:
          return { state: 'disallow-all', reason: err.message };
      }
    }
  }

  async function check(url: string, userAgent?: string): Promise<RobotsVerdict> {
    const u = new URL(url);
    const ua = userAgent ?? opts.userAgent ?? DEFAULT_USER_AGENT;
    const { robot, unreachable, validUntil } = await load(u.origin, ua);
    if (unreachable !== null) return { allowed: false, temporary: true, retryAfterMs: Math.max(1000, validUntil - Date.now()), reason: unreachable };
    if (robot === true) return { allowed: true, crawlDelayMs: null };
    if (robot === false) return { allowed: false, temporary: false };
    if (robot.isAllowed(u.href, robotsToken(ua)) === false) return { allowed: false, temporary: false };
    const seconds = robot.getCrawlDelay(robotsToken(ua));
    return { allowed: true, crawlDelayMs: seconds && seconds > 0 ? Math.min(seconds * 1000, MAX_CRAWL_DELAY_MS) : null };
  }

  return {
    check,
    isAllowed: async (url, userAgent) => (await check(url, userAgent)).allowed,
    crawlDelayMs: async (url, userAgent) => {
      const v = await check(url, userAgent);
      return v.allowed ? v.crawlDelayMs : null;
    },
  };
}

/** An origin's robots.txt as held in memory. */
interface Loaded {
  /** Parsed rules, or a verdict for the whole site. */
  robot: Robot | boolean;
  /** Why robots.txt could not be read (5xx, timeout...), or null. */
  unreachable: string | null;
  /** When the Redis entry expires (for an unreachable robots.txt: when to try again). */
  validUntil: number;
  /** When this in-process copy must be re-read from Redis. */
  expiresAt: number;
}

/** The product token robots.txt groups are matched against: "claimwatch" in "claimwatch/0.1 (+url)". */
export function robotsToken(userAgent: string): string {
  const compatible = /compatible;\s*([A-Za-z][\w.-]*)/.exec(userAgent);
  if (compatible?.[1]) return compatible[1].split('/')[0]!;
  return (userAgent.trim().split(/[\s/]/)[0] ?? '*') || '*';
}
