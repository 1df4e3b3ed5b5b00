import { FetchError, type FetchErrorKind } from '../fetch/fetch-error.ts';
import type { Fetcher } from '../fetch/fetcher.ts';
import type { FetchRequest, FetchResult } from '../fetch/types.ts';
import { statusClass, type Metrics } from './metrics.ts';

/** Refused before anything was sent: not a fetch. */
const NOT_SENT: FetchErrorKind[] = ['bad-url', 'private-address', 'robots-disallowed', 'host-busy'];

/** Bodies remembered per URL to count what a 304 saved; bounded, oldest forgotten first. */
const MAX_REMEMBERED = 10_000;

/**
 * Wraps the fetcher to count fetches by status class, bytes read, and bytes a 304 saved (the size of
 * the URL's last full body this process saw). A fetch that never reached the host (busy host, robots.txt)
 * is not a fetch and is not counted; one that got no usable answer (network, timeout, body refused) counts
 * as "error".
 */
export function instrumentFetcher(fetcher: Fetcher, metrics: Metrics): Fetcher {
  const lastBodyBytes = new Map<string, number>();
  return {
    async fetch(url: string, req: FetchRequest): Promise<FetchResult> {
      let result: FetchResult;
      try {
        result = await fetcher.fetch(url, req);
      } catch (err) {
        if (!(err instanceof FetchError && NOT_SENT.includes(err.kind))) {
          metrics.fetches.inc({ kind: req.kind, status_class: statusClass(err instanceof FetchError ? err.status : undefined) });
        }
        throw err;
      }
      metrics.fetches.inc({ kind: req.kind, status_class: statusClass(result.status) });
      metrics.bytesFetched.inc({ kind: req.kind }, result.bytes);
      if (result.status === 304) {
        const saved = lastBodyBytes.get(url);
        if (saved) metrics.bytesSavedBy304.inc({ kind: req.kind }, saved);
      } else if (result.status === 200 && result.bytes > 0) {
        lastBodyBytes.delete(url);
        lastBodyBytes.set(url, result.bytes);
        if (lastBodyBytes.size > MAX_REMEMBERED) lastBodyBytes.delete(lastBodyBytes.keys().next().value!);
      }
      return result;
    },
    close: () => fetcher.close(),
  };
}
