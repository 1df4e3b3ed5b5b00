import type { Alert } from '../types.ts';
import { SinkError, type Sink } from './sink.ts';

/**
 * Hands an alert to every sink without waiting: call it after AlertLog.write, so the log line is on disk
 * whatever the sinks do. Failures go to onError (log them); they never throw into the job.
 */
export function notifySinks(sinks: readonly Sink[], alert: Alert, onError: (err: SinkError) => void): void {
  for (const sink of sinks) {
    sink.send(alert).catch((err: unknown) => {
      onError(err instanceof SinkError ? err : new SinkError(sink.name, alert.id, 0, String(err), { cause: err }));
    });
  }
}
