/** A failing source waits its interval times 2^(failures-1), capped, so a dead site is not hammered. */
export const MAX_SOURCE_BACKOFF_MS = 6 * 3_600_000;

export function sourceBackoffMs(consecutiveErrors: number, intervalMs: number): number {
  if (consecutiveErrors <= 1) return 0;
  return Math.min(intervalMs * 2 ** (consecutiveErrors - 1), MAX_SOURCE_BACKOFF_MS);
}
