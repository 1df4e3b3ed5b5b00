import type { RedisClient } from '../queue/connection.ts';
import { stateKeys } from '../queue/keys.ts';
import { alertMessage } from './build-alerts.ts';
import { notifySinks } from './sinks/notify-sinks.ts';
import type { Sink } from './sinks/sink.ts';
import type { Alert } from './types.ts';

export interface AlertWriter {
  /** Puts the line in the log (synchronously, one write); throws when it could not. */
  write(alert: Alert, msg: string): void;
  /** Resolves once every line written so far is durable (fsync); absent when writes are durable already. */
  sync?(): Promise<void>;
}

export interface EmittedAlert {
  id: string;
  alert: Alert['alert'];
  claim?: string;
  /** False when this alert id had been logged before (a repeat is never logged twice). */
  logged: boolean;
}

/**
 * Logs each alert exactly once across restarts, retries and workers: an atomic set-if-absent on the
 * alert id comes before the (synchronous) write to the alert log, so a second attempt finds the key.
 * The job's lines are then made durable together (one group-committed fsync, see alert-log.ts) before
 * this returns, so the job never completes with a line not on disk. Sinks are best-effort beside the
 * log, told once the lines are durable: a sink that is down never loses or delays the log line.
 */
export async function emitAlerts(
  deps: { redis: RedisClient; prefix: string; ttlMs: number; log: AlertWriter; sinks?: readonly Sink[]; onSinkError?: (err: Error) => void },
  alerts: Alert[],
): Promise<EmittedAlert[]> {
  if (!alerts.length) return [];
  const keys = stateKeys(deps.prefix);
  // The job's alert ids sent together (one round trip, without building a client-side pipeline: ioredis
  // copies every defined script onto each one); each SET NX is atomic on its own, which is all that is needed.
  const now = String(Date.now());
  const settled = await Promise.allSettled(alerts.map((alert) => deps.redis.set(keys.alert(alert.id), now, 'PX', deps.ttlMs, 'NX')));
  const replies: [Error | null, unknown][] = settled.map((r) => (r.status === 'fulfilled' ? [null, r.value] : [r.reason instanceof Error ? r.reason : new Error(String(r.reason)), null]));
  const out: EmittedAlert[] = [];
  const logged: Alert[] = [];
  let failed: Error | null = null;
  alerts.forEach((alert, i) => {
    const [err, reply] = replies[i] ?? [new Error('no reply to SET NX')];
    if (err) failed ??= err;
    const first = !err && reply === 'OK';
    // Every id this call claimed is written, even when another SET failed: a claimed id is never retried.
    if (first) {
      deps.log.write(alert, alertMessage(alert));
      logged.push(alert);
    }
    out.push({ id: alert.id, alert: alert.alert, ...(alert.alert === 'contradiction' ? { claim: alert.claim } : {}), logged: first });
  });
  if (failed) {
    await deps.log.sync?.();
    throw failed;
  }
  if (logged.length) {
    await deps.log.sync?.();
    for (const alert of logged) notifySinks(deps.sinks ?? [], alert, (err) => deps.onSinkError?.(err));
  }
  return out;
}
