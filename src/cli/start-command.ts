import { Command } from 'commander';
import { loadEnv } from '../config/env.ts';
import { createLogger } from '../log/logger.ts';
import { assertHttpApiConfig, startHttpServer } from '../http/server.ts';
import { startWorker } from '../worker/start-worker.ts';
import { EXIT_OK } from './exit-codes.ts';

/** How long after the grace period closing may take before the process exits regardless. */
const HARD_STOP_MARGIN_MS = 3_000;

export function startCommand(): Command {
  return new Command('start')
    .description('run the worker: sync schedules with the sources file, poll sources, check articles, log alerts')
    .action(async () => {
      const env = loadEnv();
      const logger = createLogger(env.LOG_LEVEL);
      assertHttpApiConfig(env);
      const worker = await startWorker(env, logger);
      const http = env.PORT !== undefined ? await startHttpServer({ env, worker, logger, metrics: worker.metrics }) : null;
      if (http) logger.info({ url: http.url }, 'HTTP API listening');
      await new Promise<void>((resolve) => {
        const onSignal = (signal: NodeJS.Signals) => {
          logger.info({ signal }, 'shutting down');
          process.off('SIGTERM', onSignal);
          process.off('SIGINT', onSignal);
          resolve();
        };
        process.on('SIGTERM', onSignal);
        process.on('SIGINT', onSignal);
      });
      // A close that hangs must not keep the process past its grace: BullMQ's Worker.close() can wait forever on
      // a blocking client left reconnecting after an outage (taskforcesh/bullmq#4656, open). Unfinished jobs go
      // to stalled-job recovery anyway, and every alert written is already on disk.
      setTimeout(() => {
        logger.warn({ graceMs: env.SHUTDOWN_GRACE, marginMs: HARD_STOP_MARGIN_MS }, 'shutdown: closing connections hung past the grace period; exiting now');
        logger.flush();
        process.exit(EXIT_OK);
      }, env.SHUTDOWN_GRACE + HARD_STOP_MARGIN_MS).unref();
      await http?.close();
      await worker.stop(env.SHUTDOWN_GRACE);
      logger.flush();
      process.exitCode = EXIT_OK;
      // Alerts are written synchronously and fsynced: nothing is lost if a stray handle is cut short.
      setTimeout(() => process.exit(EXIT_OK), 1_000).unref();
    });
}
