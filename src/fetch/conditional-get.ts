import { createHash } from 'node:crypto';
import type { RedisClient } from '../queue/connection.ts';
import { defineScript } from './redis-script.ts';
import type { FetchResult } from './types.ts';

/**
 * KEYS[1] the URL's validators hash; ARGV[1] TTL seconds, ARGV[2] "1" to replace the hash (a full
 * response) or "0" to update it (a 304), then field, value pairs. One script rather than MULTI: one
 * round trip either way, without building a client-side transaction for each poll.
 */
const SAVE = defineScript(`
if ARGV[2] == '1' then redis.call('DEL', KEYS[1]) end
if #ARGV > 2 then redis.call('HSET', KEYS[1], unpack(ARGV, 3)) end
redis.call('EXPIRE', KEYS[1], ARGV[1])
return 1
`);

/** What we remember about a URL's last full response. */
export interface StoredValidators {
  etag: string | null;
  lastModified: string | null;
  /** sha1 of the last body: catches servers whose validators change on every response. */
  bodyHash: string | null;
}

export interface ConditionalGetStore {
  load(url: string): Promise<StoredValidators | null>;
  /** Marks an unchanged 200 as notModified by comparing it with what was stored. */
  compare(result: FetchResult, stored: StoredValidators | null): FetchResult;
  /**
   * Stores the validators of a full response; a 304 that brings nothing new is not written (the stored
   * validators stay as they are and expire `ttlSeconds` after the last change: a feed unchanged that long
   * is fetched in full once, its items all seen).
   */
  save(url: string, result: FetchResult, stored?: StoredValidators | null): Promise<void>;
  key(url: string): string;
}

const DAY = 24 * 60 * 60;

/**
 * ETag / Last-Modified per URL in a small Redis hash `${prefix}:http:<sha1 of url>` that expires
 * (default 30 days) so URLs no longer polled do not stay in Redis.
 */
export function createConditionalGet(opts: { redis: RedisClient; prefix: string; ttlSeconds?: number }): ConditionalGetStore {
  const ttl = opts.ttlSeconds ?? 30 * DAY;
  const key = (url: string) => `${opts.prefix}:http:${createHash('sha1').update(url).digest('hex')}`;

  return {
    key,
    async load(url) {
      const h = await opts.redis.hgetall(key(url));
      if (!h || Object.keys(h).length === 0) return null;
      return { etag: h['etag'] || null, lastModified: h['lastModified'] || null, bodyHash: h['bodyHash'] || null };
    },

    compare(result, stored) {
      if (result.notModified || !stored || result.status !== 200) return result;
      return unchanged(result, stored) ? { ...result, notModified: true } : result;
    },

    async save(url, result, stored) {
      // Polling an unchanged feed is mostly 304s: nothing to write when they repeat what is stored.
      if (result.status === 304 && stored && (result.etag ?? null) === stored.etag && (result.lastModified ?? null) === stored.lastModified) return;
      const fields: string[] = [];
      if (result.etag) fields.push('etag', result.etag);
      if (result.lastModified) fields.push('lastModified', result.lastModified);
      if (result.status !== 304 && result.body.length > 0) fields.push('bodyHash', sha1(result.body));
      // A new full response replaces all validators: a dropped ETag must not linger.
      await SAVE.run(opts.redis, [key(url)], [ttl, result.status !== 304 ? '1' : '0', ...fields]);
    },
  };
}

/** An ETag decides when both sides have one; else Last-Modified; else the body hash. */
function unchanged(result: FetchResult, stored: StoredValidators): boolean {
  if (result.etag && stored.etag) {
    if (weak(result.etag) === weak(stored.etag)) return true;
  } else if (result.lastModified && stored.lastModified) {
    if (result.lastModified === stored.lastModified) return true;
  }
  return stored.bodyHash !== null && stored.bodyHash === sha1(result.body);
}

function weak(etag: string): string {
  return etag.trim().replace(/^W\//, '');
}

function sha1(body: Buffer): string {
  return createHash('sha1').update(body).digest('hex');
}
