import { createHash, randomUUID } from 'node:crypto';

/** BullMQ job ids may not contain ":" nor be all digits; a hash of the URL is neither, and dedups queued checks. */
export function articleJobId(canonicalUrl: string): string {
  return `a-${createHash('sha1').update(canonicalUrl).digest('hex')}`;
}

export function manualJobId(): string {
  return `m-${randomUUID()}`;
}
