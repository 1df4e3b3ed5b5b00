import type { Redis } from 'ioredis';
import { stateKeys } from '../queue/keys.ts';
import { alertMessage } from './build-alerts.ts';
import { notifySinks } from './sinks/notify-sinks.ts';
import type { Sink } from './sinks/sink.ts';
import type { Alert } from './types.ts';

export interface AlertWriter {
  write(alert: Alert, msg: string): void;
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
 * Sinks are best-effort beside the log: a sink that is down never loses or delays the log line.
 */
export async function emitAlerts(
  deps: { redis: Redis; prefix: string; ttlMs: number; log: AlertWriter; sinks?: readonly Sink[]; onSinkError?: (err: Error) => void },
  alerts: Alert[],
): Promise<EmittedAlert[]> {
  const keys = stateKeys(deps.prefix);
  const out: EmittedAlert[] = [];
  for (const alert of alerts) {
    const first = (await deps.redis.set(keys.alert(alert.id), String(Date.now()), 'PX', deps.ttlMs, 'NX')) === 'OK';
    if (first) {
      deps.log.write(alert, alertMessage(alert));
      notifySinks(deps.sinks ?? [], alert, (err) => deps.onSinkError?.(err));
    }
    out.push({ id: alert.id, alert: alert.alert, ...(alert.alert === 'contradiction' ? { claim: alert.claim } : {}), logged: first });
  }
  return out;
}
