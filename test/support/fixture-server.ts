import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { AddressInfo } from 'node:net';

export type Route = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;

export interface FixtureServer {
  base: string;
  /** Requests served, by path (without query), for assertions on what was fetched. */
  hits: Map<string, number>;
  route(pathname: string, handler: Route): void;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.xml': 'application/rss+xml; charset=utf-8',
  '.json': 'application/feed+json; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
};

/**
 * A loopback HTTP server for tests: serves files under `root` (with `{{base}}` replaced by its own
 * address, so fixtures can link to themselves) and any routes a test adds. Sends an ETag and answers
 * If-None-Match with 304, like a well-behaved news site.
 */
export async function startFixtureServer(root: string): Promise<FixtureServer> {
  const routes = new Map<string, Route>();
  const hits = new Map<string, number>();
  let base = '';
  const server: Server = createServer(async (req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://x').pathname;
    hits.set(pathname, (hits.get(pathname) ?? 0) + 1);
    try {
      const handler = routes.get(pathname);
      if (handler) return await handler(req, res);
      const file = path.join(root, path.normalize(pathname).replace(/^(\.\.[/\\])+/, ''));
      const body = (await readFile(file, 'utf8')).replaceAll('{{base}}', base);
      const etag = `"${Buffer.from(body).length.toString(16)}-${hash(body)}"`;
      if (req.headers['if-none-match'] === etag) {
        res.writeHead(304, { etag }).end();
        return;
      }
      res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream', etag }).end(body);
    } catch {
      if (!res.headersSent) res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base,
    hits,
    route: (p, h) => void routes.set(p, h),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function hash(s: string): string {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (Math.imul(h, 31) + s.charCodeAt(i)) | 0;
  return (h >>> 0).toString(16);
}
