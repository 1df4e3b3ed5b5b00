import type { IncomingMessage } from 'node:http';
import { HttpError } from './http-error.ts';

/** Largest request body accepted: a list of a few hundred URLs fits; anything bigger is a mistake or abuse. */
export const MAX_BODY_BYTES = 64 * 1024;

/**
 * Reads and parses a JSON body whatever its Content-Type (so a bare `curl -d '{...}'` works). An over-long
 * body is refused as soon as it passes the limit, never buffered whole; a body that is not JSON gets a
 * 400 that says where it broke. (400 rather than 413 for too long, as the API promises one status for
 * every malformed request.)
 */
export async function readJsonBody(req: IncomingMessage, limit = MAX_BODY_BYTES): Promise<unknown> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) {
    req.resume();
    throw new HttpError(400, `the body is too long: ${declared} bytes, at most ${limit} are accepted; send fewer URLs per request`, { connection: 'close' });
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) {
      req.resume();
      throw new HttpError(400, `the body is too long: over ${limit} bytes; send fewer URLs per request`, { connection: 'close' });
    }
    chunks.push(chunk);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (!text.trim()) throw new HttpError(400, 'the body is empty: send {"url": "https://..."} or a list of them');
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new HttpError(400, `the body is not valid JSON: ${(err as Error).message}`);
  }
}
