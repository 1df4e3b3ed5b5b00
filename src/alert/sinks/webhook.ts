import type { Alert, AlertKind } from '../types.ts';
import { SinkError, type Sink } from './sink.ts';

export interface WebhookOptions {
  name: string;
  url: string;
  headers?: Record<string, string>;
  /** Only these kinds are sent (default: all). */
  kinds?: AlertKind[];
  /** Per attempt. */
  timeoutMs?: number;
  /** Attempts after the first one. */
  retries?: number;
  /** First retry delay; doubles each time (with jitter) up to maxBackoffMs. */
  backoffMs?: number;
  maxBackoffMs?: number;
  /** Deliveries waiting or retrying at once; beyond this, new alerts are refused rather than piling up. */
  maxPending?: number;
  /** How long close() waits for deliveries in flight. */
  closeTimeoutMs?: number;
}

const DEFAULTS = { timeoutMs: 5000, retries: 5, backoffMs: 1000, maxBackoffMs: 60_000, maxPending: 1000, closeTimeoutMs: 5000 };

/** Statuses worth another try; any other non-2xx means the receiver rejects this request as it is. */
const RETRYABLE = new Set([408, 425, 429, 500, 502, 503, 504]);

/** POSTs each alert as JSON (the documented alert fields) with an Idempotency-Key of the alert id. */
export function createWebhookSink(options: WebhookOptions): Sink {
  const o = { ...DEFAULTS, ...options };
  const closing = new AbortController();
  const pending = new Set<Promise<void>>();

  async function deliver(alert: Alert): Promise<void> {
    const body = JSON.stringify({ ...alert, time: Date.now() }); // same fields as the log line
    const attempts = o.retries + 1;
    for (let attempt = 1; ; attempt++) {
      let failure: string;
      let retryAfterMs: number | null = null;
      try {
        const res = await fetch(o.url, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'user-agent': 'claimwatch-webhook',
            'idempotency-key': alert.id,
            ...o.headers,
          },
          body,
          signal: AbortSignal.any([closing.signal, AbortSignal.timeout(o.timeoutMs)]),
        });
        await res.body?.cancel().catch(() => {});
        if (res.ok) return;
        failure = `HTTP ${res.status} from ${o.url}`;
        if (!RETRYABLE.has(res.status)) throw new SinkError(o.name, alert.id, attempt, `${failure} (not retried)`);
        retryAfterMs = parseRetryAfter(res.headers.get('retry-after'));
      } catch (err) {
        if (err instanceof SinkError) throw err;
        if (closing.signal.aborted) throw new SinkError(o.name, alert.id, attempt, 'sink closed', { cause: err });
        failure = describeFetchError(err, o.url, o.timeoutMs);
      }
      if (attempt >= attempts) throw new SinkError(o.name, alert.id, attempt, failure);
      const backoff = Math.min(o.maxBackoffMs, o.backoffMs * 2 ** (attempt - 1));
      const delay = retryAfterMs !== null ? Math.min(o.maxBackoffMs, retryAfterMs) : backoff / 2 + Math.random() * (backoff / 2);
      await wait(delay, closing.signal).catch((err: unknown) => {
        throw new SinkError(o.name, alert.id, attempt, `${failure}; sink closed before the retry`, { cause: err });
      });
    }
  }

  return {
    name: o.name,
    send(alert) {
      if (o.kinds && !o.kinds.includes(alert.alert)) return Promise.resolve();
      if (closing.signal.aborted) return Promise.reject(new SinkError(o.name, alert.id, 0, 'sink closed'));
      if (pending.size >= o.maxPending) {
        return Promise.reject(new SinkError(o.name, alert.id, 0, `${pending.size} deliveries already pending (receiver down?); dropped`));
      }
      const p = deliver(alert);
      const tracked = p.then(
        () => {},
        () => {},
      );
      pending.add(tracked);
      void tracked.finally(() => pending.delete(tracked));
      return p;
    },
    async close() {
      const settled = Promise.all(pending);
      const timer = new Promise<void>((resolve) => setTimeout(resolve, o.closeTimeoutMs).unref());
      await Promise.race([settled, timer]);
      closing.abort();
      await settled;
    },
  };
}

function parseRetryAfter(value: string | null): number | null {
  if (!value) return null;
  const seconds = Number(value);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, date - Date.now());
}

function describeFetchError(err: unknown, url: string, timeoutMs: number): string {
  const e = err as Error & { cause?: { code?: string; message?: string } };
  if (e.name === 'TimeoutError') return `no answer from ${url} within ${timeoutMs} ms`;
  return `${url}: ${e.cause?.code ?? e.cause?.message ?? e.message}`;
}

function wait(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    signal.addEventListener('abort', onAbort, { once: true });
  });
}
