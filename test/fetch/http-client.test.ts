import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import net from 'node:net';
import zlib from 'node:zlib';
import { FetchError } from '../../src/fetch/fetch-error.ts';
import { createHttpClient, type HttpClient } from '../../src/fetch/http-client.ts';
import { startServer, type FixtureServer } from './support/fixture-server.ts';
import { waitFor } from '../support/wait-for.ts';

const MB = 1024 * 1024;
const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');

async function fetchError(p: Promise<unknown>): Promise<FetchError> {
  try {
    await p;
  } catch (err) {
    expect(err).toBeInstanceOf(FetchError);
    return err as FetchError;
  }
  throw new Error('expected a FetchError');
}

describe('http client against a loopback server', () => {
  let srv: FixtureServer;
  let client: HttpClient;
  const html = '<!doctype html><html><body><p>Troops near Gomel</p></body></html>';
  const endless = { written: 0, closed: false };

  beforeAll(async () => {
    srv = await startServer({
      '/page': (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', etag: '"v1"', 'last-modified': 'Sat, 10 Aug 2024 10:00:00 GMT' });
        res.end(html);
      },
      '/gzip': (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' });
        res.end(zlib.gzipSync(html));
      },
      '/br': (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'br' });
        res.end(zlib.brotliCompressSync(html));
      },
      '/deflate': (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'deflate' });
        res.end(zlib.deflateSync(html));
      },
      '/raw-deflate': (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'deflate' });
        res.end(zlib.deflateRawSync(html));
      },
      '/charset-as-encoding': (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'UTF-8' });
        res.end(html);
      },
      '/unknown-encoding': (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'compress' });
        res.end(html);
      },
      '/conditional': (req, res) => {
        if (req.headers['if-none-match'] === '"v1"') {
          res.writeHead(304, { etag: '"v1"' });
          res.end();
          return;
        }
        res.writeHead(200, { 'content-type': 'text/html', etag: '"v1"' });
        res.end(html);
      },
      '/429': (_req, res) => {
        res.writeHead(429, { 'retry-after': '120', 'content-type': 'text/plain' });
        res.end('slow down');
      },
      '/429-date': (_req, res) => {
        res.writeHead(429, { 'retry-after': new Date(Date.now() + 90_000).toUTCString() });
        res.end();
      },
      '/429-bare': (_req, res) => {
        res.writeHead(429);
        res.end();
      },
      '/503': (_req, res) => {
        res.writeHead(503, { 'retry-after': '30' });
        res.end();
      },
      '/500': (_req, res) => {
        res.writeHead(500);
        res.end('boom');
      },
      '/410': (_req, res) => {
        res.writeHead(410);
        res.end('gone');
      },
      '/loop-a': (_req, res) => {
        res.writeHead(302, { location: '/loop-b' });
        res.end();
      },
      '/loop-b': (_req, res) => {
        res.writeHead(301, { location: `${srv.url}/loop-a` });
        res.end();
      },
      '/chain': (req, res) => {
        const n = Number(new URL(req.url!, srv.url).searchParams.get('n') ?? '0');
        res.writeHead(307, { location: n > 0 ? `/chain?n=${n - 1}` : '/page' });
        res.end();
      },
      '/to-metadata': (_req, res) => {
        res.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data/' });
        res.end();
      },
      '/to-mapped-metadata': (_req, res) => {
        res.writeHead(302, { location: 'http://[::ffff:a9fe:a9fe]/latest/meta-data/' });
        res.end();
      },
      '/to-ftp': (_req, res) => {
        res.writeHead(302, { location: 'ftp://example.com/file' });
        res.end();
      },
      '/six-mb': (_req, res) => {
        // Chunked, no Content-Length: the client can only find out by reading.
        res.writeHead(200, { 'content-type': 'text/html' });
        res.write(Buffer.alloc(3 * MB, 'a'));
        res.end(Buffer.alloc(3 * MB, 'b'));
      },
      '/endless': async (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/html' });
        res.on('close', () => (endless.closed = true));
        const chunk = Buffer.alloc(64 * 1024, 'a');
        while (!res.destroyed && endless.written < 64 * MB) {
          endless.written += chunk.length;
          if (!res.write(chunk)) {
            await new Promise<void>((resolve) => {
              res.once('drain', resolve);
              res.once('close', resolve);
            });
          }
        }
        res.end();
      },
      '/six-mb-declared': (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(6 * MB) });
        res.write(Buffer.alloc(1024, 'a'));
        // never finishes: the client must refuse on the header alone
      },
      '/gzip-bomb': (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' });
        res.end(zlib.gzipSync(Buffer.alloc(20 * MB, ' ')));
      },
      '/png-as-html': (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(Buffer.concat([PNG, Buffer.alloc(2000, 1)]));
      },
      '/nul-as-html': (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/html' });
        res.end(Buffer.from('<html>\u0000\u0001\u0002 garbage</html>', 'latin1'));
      },
      '/image': (_req, res) => {
        res.writeHead(200, { 'content-type': 'image/jpeg' });
        res.end(Buffer.alloc(10, 0xff));
      },
      '/empty': (_req, res) => {
        res.writeHead(200, { 'content-type': 'application/rss+xml' });
        res.end();
      },
      '/never': () => {
        // accepts the request and never answers
      },
      '/echo-headers': (req, res) => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify(req.headers));
      },
    });
    client = createHttpClient({ allowPrivate: true, timeoutMs: 10_000 });
  });

  afterAll(async () => {
    await client.close();
    await srv.close();
  });

  it('fetches a page with its validators and charset', async () => {
    const r = await client.get(`${srv.url}/page`, { kind: 'page' });
    expect(r.status).toBe(200);
    expect(r.notModified).toBe(false);
    expect(r.body.toString()).toBe(html);
    expect(r.bytes).toBe(Buffer.byteLength(html));
    expect(r.etag).toBe('"v1"');
    expect(r.lastModified).toBe('Sat, 10 Aug 2024 10:00:00 GMT');
    expect(r.contentType).toBe('text/html');
    expect(r.charset).toBe('utf-8');
    expect(r.finalUrl).toBe(`${srv.url}/page`);
  });

  it.each(['/gzip', '/br', '/deflate', '/raw-deflate'])('decompresses %s', async (path) => {
    const r = await client.get(`${srv.url}${path}`, { kind: 'page' });
    expect(r.body.toString()).toBe(html);
  });

  it('reads a body whose Content-Encoding is really a charset, and refuses an encoding it cannot decode', async () => {
    expect((await client.get(`${srv.url}/charset-as-encoding`, { kind: 'page' })).body.toString()).toBe(html);
    const err = await fetchError(client.get(`${srv.url}/unknown-encoding`, { kind: 'page' }));
    expect(err.message).toContain('unsupported content-encoding compress');
    expect(err.permanent).toBe(true);
  });

  it('sends a User-Agent naming claimwatch, Accept by kind and Accept-Encoding', async () => {
    const feed = JSON.parse((await client.get(`${srv.url}/echo-headers`, { kind: 'feed' })).body.toString());
    expect(feed['user-agent']).toMatch(/^claimwatch\/\S+ \(\+https?:\/\/\S+\)$/);
    expect(feed.accept).toMatch(/^application\/rss\+xml/);
    expect(feed['accept-encoding']).toBe('gzip, deflate, br');
    const page = JSON.parse((await client.get(`${srv.url}/echo-headers`, { kind: 'article', userAgent: 'custom-bot/2.0' })).body.toString());
    expect(page['user-agent']).toBe('custom-bot/2.0');
    expect(page.accept).toMatch(/^text\/html/);
  });

  it('sends validators and turns a 304 into notModified without a body', async () => {
    const first = await client.get(`${srv.url}/conditional`, { kind: 'feed' });
    expect(first.status).toBe(200);
    const before = srv.bodyBytesSent;
    const second = await client.get(`${srv.url}/conditional`, { kind: 'feed', etag: first.etag, lastModified: 'Sat, 10 Aug 2024 10:00:00 GMT' });
    expect(srv.bodyBytesSent).toBe(before);
    expect(second).toMatchObject({ status: 304, notModified: true, bytes: 0, etag: '"v1"', lastModified: 'Sat, 10 Aug 2024 10:00:00 GMT' });
    expect(second.body.length).toBe(0);
    const sent = srv.requests.at(-1)!.headers;
    expect(sent['if-none-match']).toBe('"v1"');
    expect(sent['if-modified-since']).toBe('Sat, 10 Aug 2024 10:00:00 GMT');
  });

  it('maps 429 with Retry-After (seconds) to rate-limited', async () => {
    const err = await fetchError(client.get(`${srv.url}/429`, { kind: 'feed' }));
    expect(err.kind).toBe('rate-limited');
    expect(err.retryAfterMs).toBe(120_000);
    expect(err.permanent).toBe(false);
    expect(err.status).toBe(429);
    expect(err.url).toBe(`${srv.url}/429`);
  });

  it('maps 429 with an HTTP-date Retry-After', async () => {
    const err = await fetchError(client.get(`${srv.url}/429-date`, { kind: 'feed' }));
    expect(err.kind).toBe('rate-limited');
    expect(err.retryAfterMs).toBeGreaterThan(80_000);
    expect(err.retryAfterMs).toBeLessThanOrEqual(90_000);
  });

  it('maps 429 without Retry-After to rate-limited with no delay given', async () => {
    const err = await fetchError(client.get(`${srv.url}/429-bare`, { kind: 'feed' }));
    expect(err.kind).toBe('rate-limited');
    expect(err.retryAfterMs).toBeUndefined();
  });

  it('maps 503 with Retry-After to rate-limited, plain 5xx to a retryable status error, 410 to permanent', async () => {
    const e503 = await fetchError(client.get(`${srv.url}/503`, { kind: 'feed' }));
    expect([e503.kind, e503.retryAfterMs, e503.permanent]).toEqual(['rate-limited', 30_000, false]);
    const e500 = await fetchError(client.get(`${srv.url}/500`, { kind: 'feed' }));
    expect([e500.kind, e500.status, e500.permanent]).toEqual(['http-status', 500, false]);
    const e410 = await fetchError(client.get(`${srv.url}/410`, { kind: 'feed' }));
    expect([e410.kind, e410.status, e410.permanent]).toEqual(['http-status', 410, true]);
    const e404 = await fetchError(client.get(`${srv.url}/missing`, { kind: 'article' }));
    expect([e404.kind, e404.status, e404.permanent]).toEqual(['http-status', 404, true]);
  });

  it('follows redirects up to the limit and reports the final URL', async () => {
    const r = await client.get(`${srv.url}/chain?n=3`, { kind: 'page' });
    expect(r.finalUrl).toBe(`${srv.url}/page`);
    expect(r.url).toBe(`${srv.url}/chain?n=3`);
    const err = await fetchError(client.get(`${srv.url}/chain?n=5`, { kind: 'page' }));
    expect(err.kind).toBe('too-many-redirects');
    expect(err.permanent).toBe(true);
  });

  it('detects a redirect loop', async () => {
    const err = await fetchError(client.get(`${srv.url}/loop-a`, { kind: 'feed' }));
    expect(err.kind).toBe('too-many-redirects');
    expect(err.message).toContain('redirect loop');
    expect(err.permanent).toBe(true);
  });

  it('refuses a redirect to a metadata address even with allowPrivate, in any notation', async () => {
    for (const path of ['/to-metadata', '/to-mapped-metadata']) {
      const err = await fetchError(client.get(`${srv.url}${path}`, { kind: 'page' }));
      expect(err.kind).toBe('private-address');
      expect(err.permanent).toBe(true);
      expect(err.message).toContain('metadata');
    }
  });

  it('refuses a redirect to a non-http scheme', async () => {
    const err = await fetchError(client.get(`${srv.url}/to-ftp`, { kind: 'page' }));
    expect(err.kind).toBe('bad-url');
  });

  it('refuses a 6 MB page as too large', async () => {
    const err = await fetchError(client.get(`${srv.url}/six-mb`, { kind: 'article' }));
    expect(err.kind).toBe('too-large');
    expect(err.permanent).toBe(true);
    expect(err.message).toContain(`${5 * MB}-byte cap (read stopped)`);
  });

  it('stops the read at the cap: an endless body is cut off and the connection closed', async () => {
    const err = await fetchError(client.get(`${srv.url}/endless`, { kind: 'article' }));
    expect(err.kind).toBe('too-large');
    await waitFor(() => endless.closed, { what: 'the server to see the connection closed', timeoutMs: 5000 });
    // Loopback socket buffers hold a few MB; anything near 64 MB would mean we kept reading.
    expect(endless.written).toBeLessThan(16 * MB);
  });

  it('refuses a declared Content-Length over the cap without reading', async () => {
    const err = await fetchError(client.get(`${srv.url}/six-mb-declared`, { kind: 'article' }));
    expect(err.kind).toBe('too-large');
    expect(err.message).toContain('declares');
  });

  it('caps the decompressed size (gzip bomb)', async () => {
    const err = await fetchError(client.get(`${srv.url}/gzip-bomb`, { kind: 'article' }));
    expect(err.kind).toBe('too-large');
  });

  it('honours a smaller per-request cap', async () => {
    const err = await fetchError(client.get(`${srv.url}/page`, { kind: 'robots', maxBytes: 10 }));
    expect(err.kind).toBe('too-large');
  });

  it('rejects a binary body served as text/html', async () => {
    const png = await fetchError(client.get(`${srv.url}/png-as-html`, { kind: 'article' }));
    expect([png.kind, png.permanent]).toEqual(['binary-body', true]);
    expect(png.message).toContain('png');
    const nul = await fetchError(client.get(`${srv.url}/nul-as-html`, { kind: 'article' }));
    expect(nul.kind).toBe('binary-body');
    const image = await fetchError(client.get(`${srv.url}/image`, { kind: 'article' }));
    expect(image.kind).toBe('binary-body');
    expect(image.message).toContain('image/jpeg');
  });

  it('distinguishes an empty body from a too-large one', async () => {
    const err = await fetchError(client.get(`${srv.url}/empty`, { kind: 'feed' }));
    expect(err.kind).toBe('empty-body');
    expect(err.permanent).toBe(false);
  });

  it('times out on a server that never answers and keeps working afterwards', async () => {
    const quick = createHttpClient({ allowPrivate: true, timeoutMs: 1000 });
    try {
      const started = Date.now();
      const err = await fetchError(quick.get(`${srv.url}/never`, { kind: 'feed' }));
      expect(err.kind).toBe('timeout');
      expect(err.permanent).toBe(false);
      expect(Date.now() - started).toBeGreaterThanOrEqual(990);
      expect(Date.now() - started).toBeLessThan(5000);
      const ok = await quick.get(`${srv.url}/page`, { kind: 'page' });
      expect(ok.status).toBe(200);
    } finally {
      await quick.close();
    }
  });

  it('gives up on a TLS handshake that never completes after connectTimeoutMs', async () => {
    // A TCP server that accepts and then says nothing: the TLS handshake hangs.
    const sockets: import('node:net').Socket[] = [];
    const silent = net.createServer((s) => void sockets.push(s));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const port = (silent.address() as import('node:net').AddressInfo).port;
    const c = createHttpClient({ allowPrivate: true, connectTimeoutMs: 300, timeoutMs: 10_000 });
    try {
      const started = Date.now();
      const err = await fetchError(c.get(`https://127.0.0.1:${port}/feed`, { kind: 'feed' }));
      expect(err.kind).toBe('timeout');
      expect(err.message).toContain('UND_ERR_CONNECT_TIMEOUT');
      expect(Date.now() - started).toBeLessThan(5000);
    } finally {
      await c.close();
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => silent.close(() => resolve()));
    }
  });

  it('rejects non-http URLs before any connection', async () => {
    for (const u of ['file:///etc/passwd', 'ftp://example.com/', 'not a url']) {
      const err = await fetchError(client.get(u, { kind: 'page' }));
      expect(err.kind).toBe('bad-url');
    }
  });
});

describe('private addresses', () => {
  let srv: FixtureServer;
  beforeAll(async () => {
    srv = await startServer({
      '/feed': (_req, res) => {
        res.writeHead(200, { 'content-type': 'application/rss+xml' });
        res.end('<rss version="2.0"><channel><title>t</title></channel></rss>');
      },
      '/to-other-loopback': (_req, res) => {
        res.writeHead(302, { location: `http://127.0.0.2:${srv.port}/feed` });
        res.end();
      },
      '/to-ipv6-loopback': (_req, res) => {
        res.writeHead(301, { location: `http://[::1]:${srv.port}/feed` });
        res.end();
      },
      '/to-private-lan': (_req, res) => {
        res.writeHead(307, { location: 'http://192.168.1.1/admin' });
        res.end();
      },
    });
  });
  afterAll(() => srv.close());
  let client: HttpClient | null = null;
  afterEach(async () => {
    await client?.close();
    client = null;
  });

  it('refuses 127.0.0.1, localhost and [::1] by default and sends nothing', async () => {
    client = createHttpClient({ allowPrivate: false });
    for (const host of ['127.0.0.1', 'localhost', '[::ffff:127.0.0.1]']) {
      const err = await fetchError(client.get(`http://${host}:${srv.port}/feed`, { kind: 'feed' }));
      expect(err.kind).toBe('private-address');
      expect(err.permanent).toBe(true);
      expect(err.message).toContain('loopback');
    }
    expect(srv.requests).toHaveLength(0);
  });

  it('re-checks every redirect hop: a reachable source redirecting to a private address is refused', async () => {
    // Only 127.0.0.1 is allowed (as if it were the one LAN feed server); every other private address is not.
    client = createHttpClient({ allowPrivate: false, allowAddresses: ['127.0.0.1'] });
    expect((await client.get(`${srv.url}/feed`, { kind: 'feed' })).status).toBe(200);
    for (const path of ['/to-other-loopback', '/to-ipv6-loopback', '/to-private-lan']) {
      const err = await fetchError(client.get(`${srv.url}${path}`, { kind: 'feed' }));
      expect(err.kind).toBe('private-address');
      expect(err.permanent).toBe(true);
      expect(err.url).toBe(`${srv.url}${path}`);
    }
    expect(srv.requests.filter((q) => q.path === '/feed')).toHaveLength(1);
  });

  it('allows them with allowPrivate', async () => {
    client = createHttpClient({ allowPrivate: true });
    const before = srv.requests.length;
    const r = await client.get(`http://localhost:${srv.port}/feed`, { kind: 'feed' });
    expect(r.status).toBe(200);
    expect(srv.requests.length).toBe(before + 1);
  });
});
