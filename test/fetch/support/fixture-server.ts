import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const FIXTURES = fileURLToPath(new URL('../../fixtures/fetch/', import.meta.url));

export function fixture(path: string): Buffer {
  return readFileSync(FIXTURES + path);
}

export interface Route {
  (req: http.IncomingMessage, res: http.ServerResponse): unknown;
}

export interface SeenRequest {
  path: string;
  headers: http.IncomingHttpHeaders;
  /** Date.now() when the request arrived. */
  at: number;
}

/**
 * A loopback HTTP server for integration tests: routes by path, records every request and the body
 * bytes it wrote, and tracks how many requests are in flight at once.
 */
export interface FixtureServer {
  url: string;
  port: number;
  requests: SeenRequest[];
  bodyBytesSent: number;
  maxInFlight: number;
  route(path: string, handler: Route): void;
  /** Starts counting maxInFlight afresh. */
  resetMaxInFlight(): void;
  close(): Promise<void>;
}

export async function startServer(routes: Record<string, Route> = {}): Promise<FixtureServer> {
  const table = new Map(Object.entries(routes));
  let inFlight = 0;
  const state = { requests: [] as SeenRequest[], bodyBytesSent: 0, maxInFlight: 0 };
  const server = http.createServer((req, res) => {
    const path = req.url ?? '/';
    state.requests.push({ path, headers: req.headers, at: Date.now() });
    inFlight++;
    state.maxInFlight = Math.max(state.maxInFlight, inFlight);
    res.on('close', () => inFlight--);
    const write = res.write.bind(res) as (chunk: unknown, ...rest: unknown[]) => boolean;
    res.write = ((chunk: unknown, ...rest: unknown[]) => {
      if (chunk) state.bodyBytesSent += Buffer.byteLength(chunk as string);
      return write(chunk, ...rest);
    }) as typeof res.write;
    const end = res.end.bind(res) as (chunk?: unknown, ...rest: unknown[]) => http.ServerResponse;
    res.end = ((chunk?: unknown, ...rest: unknown[]) => {
      if (chunk && typeof chunk !== 'function') state.bodyBytesSent += Buffer.byteLength(chunk as string);
      return end(chunk, ...rest);
    }) as typeof res.end;
    const handler = table.get(path.split('?')[0]!) ?? table.get(path);
    if (!handler) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    Promise.resolve(handler(req, res)).catch((err: unknown) => {
      res.destroy(err as Error);
    });
  });
  const sockets = new Set<import('node:net').Socket>();
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    get requests() {
      return state.requests;
    },
    get bodyBytesSent() {
      return state.bodyBytesSent;
    },
    get maxInFlight() {
      return state.maxInFlight;
    },
    route(path, handler) {
      table.set(path, handler);
    },
    resetMaxInFlight() {
      state.maxInFlight = inFlight;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
