import type { SourceStateStore } from '../source-state/source-state.ts';

/** How many of these sources are in backoff right now (their next poll is held back after errors). */
export async function countSourcesInBackoff(store: Pick<SourceStateStore, 'list'>, sourceIds: string[], now = Date.now()): Promise<number> {
  const states = await store.list(sourceIds);
  return states.filter((s) => s.state === 'backoff' && (s.backoffUntil === null || s.backoffUntil > now)).length;
}
