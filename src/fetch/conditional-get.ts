import { createHash } from 'node:crypto';
import type { RedisClient } from '../queue/connection.ts';
import type { FetchResult } from './types.ts';

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
  save(url: string, result: FetchResult): Promise<void>;
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

    async save(url, result) {
      const k = key(url);
      const fields: Record<string, string> = {};
      if (result.etag) fields['etag'] = result.etag;
      if (result.lastModified) fields['lastModified'] = result.lastModified;
      if (result.status !== 304 && result.body.length > 0) fields['bodyHash'] = sha1(result.body);
      const tx = opts.redis.multi();
      // A new full response replaces all validators: a dropped ETag must not linger.
      if (result.status !== 304) tx.del(k);
      if (Object.keys(fields).length > 0) tx.hset(k, fields);
      tx.expire(k, ttl);
      await tx.exec();
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
