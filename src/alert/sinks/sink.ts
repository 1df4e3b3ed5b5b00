import type { Alert } from '../types.ts';

/** Somewhere alerts go besides the alert log. The log is written first; a sink never holds it up. */
export interface Sink {
  name: string;
  /** Resolves once delivered (or filtered out); rejects with SinkError when the sink gave up. */
  send(alert: Alert): Promise<void>;
  /** Stops retrying; waits a bounded time for deliveries in flight, then aborts them. */
  close(): Promise<void>;
}

/** A delivery that failed for good: names the sink, the alert and how many attempts were made. */
export class SinkError extends Error {
  override readonly name = 'SinkError';
  constructor(
    readonly sink: string,
    readonly alertId: string,
    readonly attempts: number,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(`sink ${sink}: alert ${alertId} not delivered after ${attempts} attempt${attempts === 1 ? '' : 's'}: ${message}`, options);
  }
}
