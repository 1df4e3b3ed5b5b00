import { z } from 'zod';
import { HttpError } from './http-error.ts';

/** URLs one request may queue: more is a batch job for the CLI (`claimwatch check --file`). */
export const MAX_URLS_PER_REQUEST = 100;

const httpUrl = z
  .string({ error: 'must be a string' })
  .trim()
  .max(2048, 'is longer than 2048 characters')
  .refine((u) => {
    try {
      return ['http:', 'https:'].includes(new URL(u).protocol);
    } catch {
      return false;
    }
  }, 'is not an absolute http(s) URL');

const urlList = z.array(httpUrl).min(1, 'is an empty list').max(MAX_URLS_PER_REQUEST, `has more than ${MAX_URLS_PER_REQUEST} URLs`);

/** Accepted shapes: {"url": u}, {"urls": [u, ...]}, [u, ...] and [{"url": u}, ...]. */
const CheckRequest = z.union([
  z.object({ url: httpUrl }).strict().transform((b) => [b.url]),
  z.object({ urls: urlList }).strict().transform((b) => b.urls),
  urlList,
  z
    .array(z.object({ url: httpUrl }).strict())
    .min(1, 'is an empty list')
    .max(MAX_URLS_PER_REQUEST, `has more than ${MAX_URLS_PER_REQUEST} URLs`)
    .transform((items) => items.map((i) => i.url)),
]);

/** The URLs a POST /checks body asks for, or a 400 saying what is wrong with it. */
export function parseCheckRequest(body: unknown): string[] {
  const result = CheckRequest.safeParse(body);
  if (result.success) return [...new Set(result.data)];
  throw new HttpError(400, describe(body));
}

/** A union's issues are hard to read: say plainly which shape was meant and what is wrong. */
function describe(body: unknown): string {
  const shapes = 'send {"url": "https://..."}, {"urls": ["https://...", ...]} or a JSON list of URLs';
  if (Array.isArray(body)) {
    if (body.length === 0) return `the list of URLs is empty: ${shapes}`;
    if (body.length > MAX_URLS_PER_REQUEST) return `too many URLs (${body.length}); at most ${MAX_URLS_PER_REQUEST} per request`;
    const items = body.map((item) => (item && typeof item === 'object' && 'url' in item ? (item as { url: unknown }).url : item));
    return describeUrls(items, shapes);
  }
  if (body && typeof body === 'object') {
    const obj = body as Record<string, unknown>;
    if ('url' in obj) return describeUrls([obj.url], shapes, 'url');
    if ('urls' in obj) {
      if (!Array.isArray(obj.urls) || obj.urls.length === 0) return `"urls" must be a non-empty list: ${shapes}`;
      if (obj.urls.length > MAX_URLS_PER_REQUEST) return `too many URLs (${obj.urls.length}); at most ${MAX_URLS_PER_REQUEST} per request`;
      return describeUrls(obj.urls, shapes, 'urls');
    }
    return `missing URL: ${shapes}`;
  }
  return `missing URL: ${shapes}`;
}

function describeUrls(items: unknown[], shapes: string, field?: string): string {
  for (const [i, item] of items.entries()) {
    const where = field === 'url' ? '"url"' : field ? `"urls"[${i}]` : `item ${i}`;
    const check = httpUrl.safeParse(item);
    if (!check.success) return `${where} ${check.error.issues[0]!.message}${typeof item === 'string' ? `: ${JSON.stringify(item.slice(0, 100))}` : ''}`;
  }
  return `unexpected fields: ${shapes}`;
}
