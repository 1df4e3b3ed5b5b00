import type { Alert } from '../alert/types.ts';
import type { Metrics } from './metrics.ts';

/** Wraps the alert log so that each line really written is counted (by kind, and claim for contradictions). */
export function instrumentAlertLog<T extends { write(alert: Alert, msg: string): void }>(log: T, metrics: Pick<Metrics, 'observeAlert'>): T {
  return Object.assign(Object.create(log) as T, {
    write(alert: Alert, msg: string): void {
      log.write(alert, msg); // throws when the line could not be written: then nothing is counted
      metrics.observeAlert(alert.alert, alert.alert === 'contradiction' ? alert.claim : undefined);
    },
  });
}
