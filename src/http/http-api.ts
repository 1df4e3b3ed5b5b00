import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { RedisClient } from '../queue/connection.ts';
import type { Logger } from 'pino';
import type { Metrics } from '../metrics/metrics.ts';
import type { Queues } from '../queue/queues.ts';
import { authorize } from './authorize.ts';
import { createBoardHandler, type BoardHandler } from './bull-board.ts';
import { getCheck, postChecks } from './check-routes.ts';
import { checkHealth, type HealthReport } from './health.ts';
import { HttpError } from './http-error.ts';
import { sendJson } from './send-json.ts';

export const BOARD_PATH = '/admin/queues';

export interface HttpApiOptions {
  port: number;
  /** Default 0.0.0.0 (all interfaces): in a container the port is published from there. */
  host?: string;
  /** Bearer token for /checks and Bull Board; null = open (API_TOKEN explicitly empty). See resolveApiToken. */
  token: string | null;
  queues: Queues;
  /** A producer connection is fine; used for the health PING. */
  redis: RedisClient;
  /** Whether the BullMQ workers of this process run (RunningWorker.isHealthy). */
  workers: () => HealthReport;
  metrics: Metrics;
  logger: Logger;
  /** Serve Bull Board at /admin/queues (default true; needs @bull-board/api and @bull-board/express). */
  board?: boolean;
}

export interface HttpServer {
  /** e.g. http://127.0.0.1:8080 */
  url: string;
  port: number;
  close(): Promise<void>;
}

/**
 * The worker's HTTP API, served when PORT is set:
 *   GET /healthz        200 {"status":"ok"} | 503 {"status":"unavailable","reason":...}   (no token)
 *   GET /metrics        Prometheus text                                                   (no token)
 *   POST /checks        {"url": ...} | {"urls": [...]} | [...]  -> 202 {"checks":[{id,url,status}]}
 *   GET /checks/:id     {id, url, state, done, verdict?, result?, error?}
 *   /admin/queues       Bull Board (Bearer, or Basic with the token as password)
 */
export async function listenHttpApi(opts: HttpApiOptions): Promise<HttpServer> {
  const log = opts.logger.child({ stage: 'http' });
  let board: BoardHandler | null = null;
  let boardMissing = 'Bull Board is turned off';
  if (opts.board ?? true) {
    const made = await createBoardHandler([opts.queues.poll, opts.queues.check], BOARD_PATH);
    if (made.handler) board = made.handler;
    else {
      boardMissing = made.reason;
      log.warn(made.reason);
    }
  }

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const { pathname } = new URL(req.url ?? '/', 'http://localhost');
    const method = req.method ?? 'GET';
    const only = (...allowed: string[]) => {
      if (!allowed.includes(method)) throw new HttpError(405, `${method} is not allowed on ${pathname}`, { allow: allowed.join(', ') });
    };

    if (pathname === '/healthz') {
      only('GET', 'HEAD');
      const health = await checkHealth(opts.redis, opts.workers);
      return sendJson(res, health.ok ? 200 : 503, health.ok ? { status: 'ok' } : { status: 'unavailable', reason: health.reason });
    }
    if (pathname === '/metrics') {
      only('GET', 'HEAD');
      const text = await opts.metrics.registry.metrics();
      res.writeHead(200, { 'content-type': opts.metrics.registry.contentType, 'cache-control': 'no-store' });
      return void res.end(method === 'HEAD' ? undefined : text);
    }
    if (pathname === '/checks' || pathname === '/checks/') {
      only('POST');
      authorize(req, opts.token);
      return postChecks(req, res, opts.queues);
    }
    const check = /^\/checks\/([^/]+)$/.exec(pathname);
    if (check) {
      only('GET', 'HEAD');
      authorize(req, opts.token);
      return getCheck(res, opts.queues, decodeURIComponent(check[1]!));
    }
    if (pathname === BOARD_PATH || pathname.startsWith(`${BOARD_PATH}/`)) {
      authorize(req, opts.token, { browser: true });
      if (!board) throw new HttpError(503, boardMissing);
      return board(req, res);
    }
    throw new HttpError(404, `no such endpoint: ${method} ${pathname} (try /healthz, /metrics, POST /checks, ${BOARD_PATH})`);
  }

  const server = createServer((req, res) => {
    const started = Date.now();
    route(req, res)
      .catch((err: unknown) => {
        if (err instanceof HttpError) return sendJson(res, err.status, { error: err.message }, err.headers);
        log.error({ err, method: req.method, url: req.url }, 'http request failed');
        if (!res.headersSent) sendJson(res, 500, { error: 'internal error; see the worker log' });
        else res.destroy();
      })
      .finally(() => {
        log.debug({ method: req.method, url: req.url, status: res.statusCode, ms: Date.now() - started }, 'http request');
      });
  });
  // Bounded waits for slow clients; keep-alive shorter than typical proxies' so they close first.
  server.requestTimeout = 30_000;
  server.headersTimeout = 10_000;
  server.keepAliveTimeout = 5_000;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, opts.host ?? '0.0.0.0', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  const url = `http://${opts.host && opts.host !== '0.0.0.0' ? opts.host : '127.0.0.1'}:${port}`;
  log.info({ port, auth: opts.token === null ? 'none' : 'bearer', board: board !== null }, `http api listening on ${url}`);

  return {
    url,
    port,
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      });
    },
  };
}
