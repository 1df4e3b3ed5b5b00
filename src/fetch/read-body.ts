import { Transform, type Readable, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import zlib from 'node:zlib';

/** Raised when a body grows past the cap; the read was stopped and the connection dropped. */
export class BodyTooLargeError extends Error {
  override readonly name = 'BodyTooLargeError';
  constructor(readonly limit: number) {
    super(`body larger than ${limit} bytes`);
  }
}

export class UnsupportedEncodingError extends Error {
  override readonly name = 'UnsupportedEncodingError';
  constructor(readonly encoding: string) {
    super(`unsupported content-encoding ${encoding}`);
  }
}

/** Lenient flushes: many servers end gzip/brotli streams early, and browsers still show the page. */
function decoderFor(encoding: string): NodeJS.ReadWriteStream | null {
  switch (encoding) {
    case 'gzip':
    case 'x-gzip':
      return zlib.createGunzip({ finishFlush: zlib.constants.Z_SYNC_FLUSH });
    case 'br':
      return zlib.createBrotliDecompress({ finishFlush: zlib.constants.BROTLI_OPERATION_FLUSH });
    case 'deflate':
      return createAutoInflate();
    case 'identity':
    case '':
      return null;
    // Charset or transfer labels put in the wrong header by misconfigured servers: the body is as sent.
    case 'utf-8':
    case 'utf8':
    case 'none':
    case 'text':
    case 'binary':
    case '7bit':
    case '8bit':
    case 'chunked':
      return null;
    default:
      throw new UnsupportedEncodingError(encoding);
  }
}

/**
 * "deflate" is meant to be zlib-wrapped, but some servers (old IIS) send raw deflate: look at the
 * zlib header (CMF method 8, header checksum divisible by 31) and pick the inflater.
 */
class AutoInflate extends Transform {
  private inner: zlib.Inflate | zlib.InflateRaw | null = null;

  override _transform(chunk: Buffer, _enc: BufferEncoding, cb: TransformCallback): void {
    if (!this.inner) {
      const b0 = chunk[0] ?? 0;
      const b1 = chunk[1];
      const zlibHeader = (b0 & 0x0f) === 8 && (b1 === undefined || ((b0 << 8) | b1) % 31 === 0);
      const opts = { finishFlush: zlib.constants.Z_SYNC_FLUSH };
      this.inner = zlibHeader ? zlib.createInflate(opts) : zlib.createInflateRaw(opts);
      this.inner.on('data', (d: Buffer) => this.push(d));
      this.inner.on('error', (e) => this.destroy(e));
    }
    this.inner.write(chunk, () => cb());
  }

  override _flush(cb: TransformCallback): void {
    if (!this.inner) return cb();
    this.inner.once('end', () => cb());
    this.inner.end();
  }

  override _destroy(err: Error | null, cb: (error: Error | null) => void): void {
    this.inner?.destroy();
    cb(err);
  }
}

function createAutoInflate(): NodeJS.ReadWriteStream {
  return new AutoInflate();
}

/**
 * Reads a response body through its content-encodings (listed in the order applied) and stops — destroying
 * the source — as soon as the decoded size passes `maxBytes`.
 */
export async function readBody(source: Readable, contentEncoding: string | null, maxBytes: number): Promise<Buffer> {
  const encodings = (contentEncoding ?? '')
    .toLowerCase()
    .split(',')
    .map((e) => e.trim())
    .filter((e) => e && e !== 'identity')
    .reverse();
  const decoders: NodeJS.ReadWriteStream[] = [];
  for (const e of encodings) {
    const d = decoderFor(e);
    if (d) decoders.push(d);
  }
  const chunks: Buffer[] = [];
  let total = 0;
  let tooLarge = false;
  const sink = async (input: AsyncIterable<Buffer>): Promise<void> => {
    for await (const chunk of input) {
      total += chunk.length;
      if (total > maxBytes) {
        tooLarge = true;
        throw new BodyTooLargeError(maxBytes);
      }
      chunks.push(chunk);
    }
  };
  const run = pipeline as unknown as (...streams: unknown[]) => Promise<void>;
  try {
    await run(source, ...decoders, sink);
  } catch (err) {
    // With decoders in the chain, pipeline reports the teardown's AbortError rather than the sink's.
    if (tooLarge) throw new BodyTooLargeError(maxBytes);
    throw err;
  }
  return Buffer.concat(chunks, total);
}
