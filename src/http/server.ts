import type { Logger } from 'pino';
import type { Env } from '../config/env.ts';
import { createMetrics, type Metrics } from '../metrics/metrics.ts';
import type { RunningWorker } from '../worker/start-worker.ts';
import { resolveApiToken } from './api-token.ts';
import { listenHttpApi, type HttpServer } from './http-api.ts';

export type { HttpServer } from './http-api.ts';
export { BOARD_PATH } from './http-api.ts';

/**
 * Serves the HTTP API of a running worker on env.PORT (see http-api.ts for the endpoints). Throws
 * MissingApiTokenError when API_TOKEN is unset (call assertHttpApiConfig before starting the worker to
 * fail fast); with API_TOKEN explicitly empty it serves without a token and logs a warning.
 * Pass the metrics the worker context feeds; without them a fresh registry is attached to the worker
 * (jobs, queue depths, backoff; no fetch or alert counts).
 */
export async function startHttpServer(args: {
  env: Pick<Env, 'PORT' | 'API_TOKEN'> & { HTTP_HOST?: string };
  worker: RunningWorker;
  logger: Logger;
  metrics?: Metrics;
}): Promise<HttpServer> {
  const port = args.env.PORT;
  if (port === undefined) throw new Error('startHttpServer: PORT is not set');
  const { token, warning } = resolveApiToken(args.env.API_TOKEN, port);
  if (warning) args.logger.warn(warning);
  let metrics = args.metrics;
  if (!metrics) {
    metrics = createMetrics();
    metrics.attach(args.worker);
  }
  return listenHttpApi({
    port,
    ...(args.env.HTTP_HOST ? { host: args.env.HTTP_HOST } : {}),
    token,
    queues: args.worker.ctx.queues,
    redis: args.worker.ctx.redis,
    workers: () => args.worker.isHealthy(),
    metrics,
    logger: args.logger,
  });
}

/** Throws the MissingApiTokenError before anything starts when PORT is set without API_TOKEN. */
export function assertHttpApiConfig(env: Pick<Env, 'PORT' | 'API_TOKEN'>): void {
  if (env.PORT !== undefined) resolveApiToken(env.API_TOKEN, env.PORT);
}
