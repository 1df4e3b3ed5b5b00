import { Agent, request } from 'undici';
import type { IncomingHttpHeaders } from 'node:http';
import net from 'node:net';
import { ACCEPT, DEFAULT_USER_AGENT } from './accept-header.ts';
import { sniffBinary } from './binary-sniff.ts';
import { isBinaryMediaType, parseContentType } from './content-type.ts';
import { FetchError } from './fetch-error.ts';
import { toFetchError } from './network-error.ts';
import { readBody } from './read-body.ts';
import { parseRetryAfter } from './retry-after.ts';
import { assertAddressAllowed, createGuardedConnector, type AddressPolicy } from './ssrf-guard.ts';
import type { FetchResult, ResourceKind } from './types.ts';

export interface HttpClientOptions {
  /** Allow loopback / private / link-local targets (ALLOW_PRIVATE_URLS). Metadata addresses stay refused. */
  allowPrivate: boolean;
  /** Private addresses allowed even without allowPrivate (e.g. one feed server on the LAN). */
  allowAddresses?: string[];
  userAgent?: string;
  /** Body cap after decompression; the read stops there. Default 5 MB. */
  maxBytes?: number;
  /** Whole request, all redirect hops included. Default 30 s. */
  timeoutMs?: number;
  /** TCP + TLS connect. Default 10 s. */
  connectTimeoutMs?: number;
  /** Default 5. */
  maxRedirects?: number;
}

export interface GetOptions {
  kind: ResourceKind;
  userAgent?: string;
  etag?: string | null;
  lastModified?: string | null;
  /** Overrides the client's cap for this request (robots.txt uses a smaller one). */
  maxBytes?: number;
}

export interface HttpClient {
  get(url: string, opts: GetOptions): Promise<FetchResult>;
  close(): Promise<void>;
  /** Aborts requests in flight (shutdown after the grace period). */
  destroy(): Promise<void>;
}

const MB = 1024 * 1024;
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

/**
 * The one HTTP client for feeds, pages, articles and robots.txt: undici with an SSRF-checking
 * connector, manual redirects (each hop re-checked), decompression, a body cap and typed errors.
 */
export function createHttpClient(options: HttpClientOptions): HttpClient {
  const maxBytes = options.maxBytes ?? 5 * MB;
  const timeoutMs = options.timeoutMs ?? 30_000;
  const connectTimeoutMs = options.connectTimeoutMs ?? 10_000;
  const maxRedirects = options.maxRedirects ?? 5;
  const policy: AddressPolicy = { allowPrivate: options.allowPrivate, allowAddresses: options.allowAddresses ?? [] };
  const agent = new Agent({
    connect: createGuardedConnector({ policy, connectTimeoutMs }),
    headersTimeout: timeoutMs,
    bodyTimeout: timeoutMs,
    keepAliveTimeout: 4_000,
  });

  async function get(url: string, opts: GetOptions): Promise<FetchResult> {
    const signal = AbortSignal.timeout(timeoutMs);
    const visited = new Set<string>();
    let current = checkTarget(url, url, policy);
    for (let hop = 0; ; hop++) {
      visited.add(current.href);
      const headers: Record<string, string> = {
        'user-agent': opts.userAgent ?? options.userAgent ?? DEFAULT_USER_AGENT,
        accept: ACCEPT[opts.kind],
        'accept-encoding': 'gzip, deflate, br',
      };
      if (opts.etag) headers['if-none-match'] = opts.etag;
      if (opts.lastModified) headers['if-modified-since'] = opts.lastModified;

      let res: Awaited<ReturnType<typeof request>>;
      try {
        res = await request(current, { dispatcher: agent, method: 'GET', headers, signal });
      } catch (err) {
        throw toFetchError(err, url, signal, timeoutMs);
      }
      const status = res.statusCode;
      const h = res.headers;

      if (REDIRECT_STATUSES.has(status)) {
        await res.body.dump().catch(() => undefined);
        const location = header(h, 'location');
        if (!location) throw new FetchError('http-status', `HTTP ${status} without a Location header at ${current.href}`, url, { status, permanent: true });
        const next = checkTarget(location, url, policy, current.href);
        if (visited.has(next.href)) throw new FetchError('too-many-redirects', `redirect loop: ${current.href} -> ${next.href}`, url, { status, permanent: true });
        if (hop + 1 > maxRedirects) throw new FetchError('too-many-redirects', `more than ${maxRedirects} redirects (last ${current.href} -> ${next.href})`, url, { status, permanent: true });
        current = next;
        continue;
      }

      const base = {
        url,
        finalUrl: current.href,
        status,
        etag: header(h, 'etag') ?? null,
        lastModified: header(h, 'last-modified') ?? null,
      };
      const ct = parseContentType(header(h, 'content-type'));

      if (status === 304) {
        await res.body.dump().catch(() => undefined);
        return {
          ...base,
          etag: base.etag ?? opts.etag ?? null,
          lastModified: base.lastModified ?? opts.lastModified ?? null,
          notModified: true,
          contentType: ct?.mediaType ?? null,
          charset: ct?.charset ?? null,
          body: Buffer.alloc(0),
          bytes: 0,
        };
      }
      if (status < 200 || status >= 300) {
        await res.body.dump().catch(() => undefined);
        throw statusError(status, h, url, current.href);
      }

      const cap = opts.maxBytes ?? maxBytes;
      if (ct && isBinaryMediaType(ct.mediaType)) {
        abandon(res.body);
        throw new FetchError('binary-body', `${current.href} is ${ct.mediaType}, not text`, url, { status, permanent: true });
      }
      const declared = Number(header(h, 'content-length') ?? NaN);
      if (!header(h, 'content-encoding') && Number.isFinite(declared) && declared > cap) {
        abandon(res.body);
        throw new FetchError('too-large', `${current.href} declares ${declared} bytes, over the ${cap}-byte cap`, url, { status, permanent: true });
      }
      let body: Buffer;
      try {
        body = await readBody(res.body, header(h, 'content-encoding') ?? null, cap);
      } catch (err) {
        abandon(res.body);
        throw toFetchError(err, url, signal, timeoutMs, current.href);
      }
      if (body.length === 0) throw new FetchError('empty-body', `${current.href} returned HTTP ${status} with an empty body`, url, { status, permanent: false });
      const binary = sniffBinary(body);
      if (binary) throw new FetchError('binary-body', `${current.href} is binary (${binary}) although served as ${ct?.mediaType ?? 'no content type'}`, url, { status, permanent: true });
      return {
        ...base,
        notModified: false,
        contentType: ct?.mediaType ?? null,
        charset: ct?.charset ?? null,
        body,
        bytes: body.length,
      };
    }
  }

  return {
    get,
    close: () => agent.close(),
    destroy: () => agent.destroy(),
  };
}

/** Resolves a (redirect) target and refuses non-http(s) schemes and blocked IP literals up front. */
function checkTarget(target: string, requested: string, policy: AddressPolicy, base?: string): URL {
  let u: URL;
  try {
    u = new URL(target, base);
  } catch {
    throw new FetchError('bad-url', `not a valid URL: ${JSON.stringify(target)}`, requested, { permanent: true });
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') {
    throw new FetchError('bad-url', `only http and https are fetched, not ${u.protocol} (${u.href})`, requested, { permanent: true });
  }
  u.hash = '';
  const host = u.hostname.replace(/^\[|\]$/g, '');
  if (net.isIP(host)) {
    try {
      assertAddressAllowed(host, host, policy);
    } catch (err) {
      throw toFetchError(err, requested, undefined, 0, u.href);
    }
  }
  return u;
}

function statusError(status: number, h: IncomingHttpHeaders, url: string, at: string): FetchError {
  const retryAfter = parseRetryAfter(header(h, 'retry-after'));
  if (status === 429 || (status === 503 && retryAfter !== null)) {
    return new FetchError('rate-limited', `HTTP ${status} from ${at}${retryAfter !== null ? `, retry after ${Math.round(retryAfter / 1000)} s` : ''}`, url, {
      status,
      ...(retryAfter !== null ? { retryAfterMs: retryAfter } : {}),
    });
  }
  // 408 and 425 are the server asking to try again; other 4xx will not change on retry.
  const transient = status >= 500 || status === 408 || status === 425;
  return new FetchError('http-status', `HTTP ${status} from ${at}`, url, {
    status,
    permanent: !transient,
    ...(retryAfter !== null ? { retryAfterMs: retryAfter } : {}),
  });
}

/** Drops a response body we will not read; the socket is closed rather than drained. */
function abandon(body: NodeJS.ReadableStream & { destroy(err?: Error): unknown }): void {
  body.on('error', () => undefined);
  body.destroy();
}

function header(h: IncomingHttpHeaders, name: string): string | undefined {
  const v = h[name];
  return Array.isArray(v) ? v[0] : v;
}
