import { Worker } from 'bullmq';
import type { Logger } from 'pino';
import { checkArticleProcessor } from '../../jobs/check-article.ts';
import { pollSourceProcessor } from '../../jobs/poll-source.ts';
import { alertLogOptionsFromEnv, createAlertLog } from '../alert/alert-log.ts';
import { loadSinksFromEnv } from '../alert/sinks/load-sinks.ts';
import type { Env } from '../config/env.ts';
import { loadConfig } from '../config/load-config.ts';
import { createMatcher } from '../match/create-matcher.ts';
import { instrumentAlertLog } from '../metrics/instrument-alert-log.ts';
import { instrumentFetcher } from '../metrics/instrument-fetcher.ts';
import { createMetrics, type Metrics } from '../metrics/metrics.ts';
import { connectRedis, createRedisClient } from '../queue/connection.ts';
import { CHECK_QUEUE, POLL_QUEUE } from '../queue/queue-names.ts';
import { createQueues } from '../queue/queues.ts';
import { syncSchedulers } from '../queue/sync-schedulers.ts';
import { watchRedisHealth } from './redis-health.ts';
import { createWorkerContext, type WorkerContext } from './worker-context.ts';

export interface RunningWorker {
  ctx: WorkerContext;
  workers: Worker[];
  /** Prometheus metrics of this process (served on /metrics when PORT is set). */
  metrics: Metrics;
  /** True while both workers are running and Redis is connected. */
  isHealthy(): { ok: boolean; reason?: string };
  /** Stops taking jobs, lets running ones finish within `graceMs`, closes connections. */
  stop(graceMs: number): Promise<void>;
}

/**
 * Starts a worker process: config is validated before anything touches Redis, so a bad file leaves no
 * partial schedules behind; then schedulers are synced to the sources file and both workers start.
 */
export async function startWorker(env: Env, logger: Logger): Promise<RunningWorker> {
  const config = loadConfig(env);
  const matcher = createMatcher(config.claims);
  const sinks = loadSinksFromEnv();
  const alertLogOptions = { ...alertLogOptionsFromEnv(process.env), file: env.ALERT_LOG };

  const redis = createRedisClient(env, 'worker');
  await connectRedis(redis, env.REDIS_URL);
  const queues = createQueues(redis, env.QUEUE_PREFIX, { retryBackoffMs: env.RETRY_BACKOFF });
  let sync: Awaited<ReturnType<typeof syncSchedulers>>;
  try {
    sync = await syncSchedulers(queues.poll, config.sources);
  } catch (err) {
    // A failure after connecting (e.g. MOVED from a Redis Cluster node) must still end the process.
    await queues.close().catch(() => {});
    redis.disconnect();
    throw new Error(`cannot set up the schedules in Redis: ${(err as Error).message}`);
  }
  logger.info(
    { added: sync.added.length, updated: sync.updated.length, removed: sync.removed.length, unchanged: sync.unchanged.length },
    `schedules synced with ${env.SOURCES_FILE}`,
  );
  // After an outage the schedules are put back if Redis lost them (a restart without persistence);
  // idempotent, so after an ordinary outage it only reads them.
  const resync = () =>
    syncSchedulers(queues.poll, config.sources).then(
      (r) => r.added.length && logger.warn({ added: r.added.length }, 'schedules were missing after the reconnect (Redis lost its data?); put back'),
      (err) => logger.error({ err: (err as Error).message }, 'could not re-sync schedules after the reconnect'),
    );
  const redisHealth = watchRedisHealth(redis, logger, env.REDIS_URL, () => void resync());

  const metrics = createMetrics();
  const alertLog = createAlertLog(alertLogOptions);
  const ctx = createWorkerContext({
    env,
    sources: config.sources,
    matcher,
    redis,
    queues,
    alertLog: instrumentAlertLog(alertLog, metrics),
    sinks,
    logger,
    wrapFetcher: (f) => instrumentFetcher(f, metrics),
  });

  const common = {
    connection: redis,
    prefix: env.QUEUE_PREFIX,
    lockDuration: env.JOB_LOCK_DURATION,
    stalledInterval: env.STALLED_INTERVAL,
  };
  const workers = [
    new Worker(POLL_QUEUE, pollSourceProcessor(ctx), { ...common, concurrency: env.POLL_CONCURRENCY }),
    new Worker(CHECK_QUEUE, checkArticleProcessor(ctx), { ...common, concurrency: env.CHECK_CONCURRENCY }),
  ];
  for (const w of workers) {
    // Connection errors are reported once by redis-health; anything else a worker emits is worth a line.
    w.on('error', (err) => {
      if (redisHealth.isDown()) return;
      if (/lock/i.test(err.message)) {
        // After an outage or a stalled event loop another attempt owns the job; alert ids keep alerts single.
        logger.warn({ queue: w.name, err: err.message }, 'a job lost its lock; another attempt owns it');
      } else logger.error({ queue: w.name, err: err.message }, 'worker error');
    });
  }
  logger.info(
    { sources: config.sources.length, claims: matcher.claims.length, prefix: env.QUEUE_PREFIX, alertLog: env.ALERT_LOG },
    'claimwatch worker started',
  );

  let stopping: Promise<void> | null = null;
  let detachMetrics = () => {};
  const running: RunningWorker = {
    ctx,
    workers,
    metrics,
    isHealthy() {
      if (redisHealth.isDown()) return { ok: false, reason: 'redis is not connected' };
      const notRunning = workers.filter((w) => !w.isRunning());
      if (notRunning.length) return { ok: false, reason: `worker ${notRunning.map((w) => w.name).join(', ')} not running` };
      return { ok: true };
    },
    stop(graceMs) {
      stopping ??= (async () => {
        logger.info({ graceMs }, 'stopping: no new jobs; waiting for running jobs');
        detachMetrics();
        const graceful = Promise.all(workers.map((w) => w.close())).then(() => true);
        const timedOut = new Promise<boolean>((r) => setTimeout(() => r(false), graceMs).unref());
        if (!(await Promise.race([graceful, timedOut]))) {
          // Jobs still running go back to the queue as stalled and another worker picks them up.
          logger.warn({ graceMs }, 'grace period over; running jobs are left to stalled-job recovery');
          // Abort fetches in flight first, while Redis is up so their host slots are released.
          await ctx.close({ force: true });
          await Promise.all(workers.map((w) => w.close(true)));
        } else {
          await ctx.close();
        }
        await queues.close();
        await Promise.all(sinks.map((s) => s.close()));
        await alertLog.close();
        redisHealth.stop();
        await redis.quit().catch(() => redis.disconnect());
        logger.info('stopped');
      })();
      return stopping;
    },
  };
  detachMetrics = metrics.attach(running);
  return running;
}
