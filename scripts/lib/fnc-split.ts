import type { FncPair } from './fnc-types.ts';

export type FncSplit = 'train' | 'heldout' | 'all';

/** Share of body ids held out, in percent. */
export const HELDOUT_PERCENT = 20;

// FNV-1a over the decimal id: stable across runs, machines and file order, unlike a seeded shuffle.
function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** Which part a body belongs to: whole bodies go to one side, so no body is seen by both tuning and report. */
export function bodyPart(bodyId: number): 'train' | 'heldout' {
  return fnv1a(String(bodyId)) % 100 < HELDOUT_PERCENT ? 'heldout' : 'train';
}

/** A second, independent split inside the train part, for choosing settings without touching heldout. */
export function innerPart(bodyId: number): 'fit' | 'validate' {
  return fnv1a(`inner:${bodyId}`) % 100 < HELDOUT_PERCENT ? 'validate' : 'fit';
}

/** Fold 0..k-1 of a body for cross-validation inside the train part (salted apart from the other splits). */
export function bodyFold(bodyId: number, k: number): number {
  return fnv1a(`fold:${bodyId}`) % k;
}

export function selectSplit<T extends Pick<FncPair, 'bodyId'>>(pairs: readonly T[], split: FncSplit): T[] {
  return split === 'all' ? [...pairs] : pairs.filter((p) => bodyPart(p.bodyId) === split);
}

export function describeSplit(split: FncSplit): string {
  const rule = `body ids split ${100 - HELDOUT_PERCENT}/${HELDOUT_PERCENT} by FNV-1a(id) % 100 < ${HELDOUT_PERCENT} -> heldout`;
  return split === 'all' ? 'all pairs (no split)' : `${split} part (${rule})`;
}
