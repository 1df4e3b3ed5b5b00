import { createHash } from 'node:crypto';

/**
 * Alert ids derive from the article's identity (its canonical URL) and, for a contradiction, the claim:
 * the same report always gets the same id, which is what makes "never alerted twice" checkable.
 */
export function alertId(kind: 'new' | 'contradiction', articleKey: string, claimId?: string): string {
  const material = kind === 'new' ? `new\n${articleKey}` : `contradiction\n${articleKey}\n${claimId}`;
  return `${kind === 'new' ? 'n' : 'c'}-${createHash('sha256').update(material).digest('hex').slice(0, 20)}`;
}
