import { FetchError, type FetchErrorKind } from '../fetch/fetch-error.ts';
import type { Fetcher } from '../fetch/fetcher.ts';
import type { FetchRequest, FetchResult } from '../fetch/types.ts';
import type { Metrics } from './metrics.ts';

/** Refused before anything was sent: not a fetch. */
const NOT_SENT: FetchErrorKind[] = ['bad-url', 'private-address', 'robots-disallowed', 'host-busy'];

/**
 * Wraps the fetcher to feed observeFetch: fetches by status class, bytes read, and bytes a 304 saved.
 * A fetch that never reached the host (busy host, robots.txt, private address) is not counted; one that
 * got no usable answer (network, timeout, body refused) counts as status class "error".
 */
export function instrumentFetcher(fetcher: Fetcher, metrics: Pick<Metrics, 'observeFetch'>): Fetcher {
  return {
    async fetch(url: string, req: FetchRequest): Promise<FetchResult> {
      let result: FetchResult;
      try {
        result = await fetcher.fetch(url, req);
      } catch (err) {
        if (!(err instanceof FetchError && NOT_SENT.includes(err.kind))) {
          metrics.observeFetch({ kind: req.kind, status: err instanceof FetchError ? (err.status ?? 0) : 0, bytes: 0, notModified: false, url });
        }
        throw err;
      }
      metrics.observeFetch({ kind: req.kind, status: result.status, bytes: result.bytes, notModified: result.notModified, url });
      return result;
    },
    close: (opts) => fetcher.close(opts),
  };
}
