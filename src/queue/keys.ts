import { createHash } from 'node:crypto';

/** All of claimwatch's own Redis keys (BullMQ's live beside them under the same prefix). */
export function stateKeys(prefix: string) {
  const h = (s: string) => createHash('sha1').update(s).digest('hex');
  return {
    seenUrl: (canonicalUrl: string) => `${prefix}:seen:url:${h(canonicalUrl)}`,
    seenGuid: (sourceId: string, guid: string) => `${prefix}:seen:guid:${sourceId}:${h(guid)}`,
    alert: (alertId: string) => `${prefix}:alert:${alertId}`,
    source: (sourceId: string) => `${prefix}:source:${sourceId}`,
    sourceIndex: () => `${prefix}:sources`,
  };
}

/** True when Redis Cluster hashes every key under this prefix to one slot: it holds a non-empty `{...}`. */
export function hasHashTag(prefix: string): boolean {
  const open = prefix.indexOf('{');
  if (open < 0) return false;
  const close = prefix.indexOf('}', open + 1);
  return close > open + 1;
}
