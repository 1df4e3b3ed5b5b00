import { readFileSync } from 'node:fs';
import { Command } from 'commander';
import type { CheckResult } from '../check/check-result.ts';
import { NoWorkerError, queueManualChecks, waitForManualCheck, type ManualCheckStatus } from '../check/manual-check.ts';
import { loadEnv } from '../config/env.ts';
import { connectRedis, createRedisClient, redactRedisUrl } from '../queue/connection.ts';
import { createCheckEvents, createQueues, type Queues } from '../queue/queues.ts';
import { openLocalChecker } from '../check/local-checker.ts';
import type { Env } from '../config/env.ts';
import { createLogger } from '../log/logger.ts';
import { describeError } from '../log/describe-error.ts';
import type { RedisClient } from '../queue/connection.ts';
import { EXIT_FAILED, EXIT_OK, UsageError } from './exit-codes.ts';
import { formatCheck } from './format-check.ts';

interface CheckOptions {
  json?: boolean;
  wait: boolean;
  local?: boolean;
  file?: string;
  timeout: string;
}

export function checkCommand(): Command {
  return new Command('check')
    .description(
      'check URLs and print the verdicts: queued for a running worker through Redis, or checked in this process when no worker is running (or with --local)',
    )
    .argument('[urls...]', 'article URLs to check')
    .option('--file <path>', 'read URLs from a file, one per line (# comments allowed)')
    .option('--json', 'print one JSON object per URL instead of text')
    .option('--no-wait', 'only queue the checks and print their job ids')
    .option('--timeout <seconds>', 'how long to wait for a worker (or, checking here, for a busy host)', '120')
    .option('--local', 'check in this process rather than through a worker (the default when no worker is running)')
    .action(async (args: string[], opts: CheckOptions) => {
      const urls = [...args, ...(opts.file ? readUrlFile(opts.file) : [])];
      if (urls.length === 0) throw new UsageError('give at least one URL, or --file urls.txt');
      for (const u of urls) validateUrl(u);
      const timeoutMs = Number(opts.timeout) * 1000;
      if (!(timeoutMs > 0)) throw new UsageError(`--timeout must be a number of seconds, not "${opts.timeout}"`);
      if (opts.local && !opts.wait) throw new UsageError('--local checks now and --no-wait only queues: give one of them');

      const env = loadEnv();
      const redis = createRedisClient(env, 'producer');
      await connectRedis(redis, env.REDIS_URL);
      const queues = createQueues(redis, env.QUEUE_PREFIX);
      if (opts.wait && !opts.local && (await countWorkers(queues)) === 0) {
        process.stderr.write(
          `no claimwatch worker is running on ${redactRedisUrl(env.REDIS_URL)} with QUEUE_PREFIX=${env.QUEUE_PREFIX}: checking here instead (start one with npm start to share the queue)\n`,
        );
        opts.local = true;
      }
      if (opts.local) {
        try {
          await checkLocally(env, redis, queues, urls, opts, timeoutMs);
        } finally {
          await queues.close();
          redis.disconnect();
        }
        return;
      }
      // QueueEvents blocks on Redis, which BullMQ allows only on a connection that retries forever.
      const events = opts.wait ? createCheckEvents(createRedisClient(env, 'worker'), env.QUEUE_PREFIX) : null;
      try {
        if (events) await events.waitUntilReady();
        const ids = await queueManualChecks(queues, urls);
        if (!opts.wait) {
          ids.forEach((id, i) => process.stdout.write(opts.json ? `${JSON.stringify({ id, url: urls[i] })}\n` : `${id}\t${urls[i]}\n`));
          return;
        }
        const showProgress = urls.length > 3 && !opts.json && process.stderr.isTTY;
        let done = 0;
        let failed = 0;
        // Every check waits in parallel; results print in the order the URLs were given.
        const pending = ids.map((id) =>
          waitForManualCheck(queues, events!, id, timeoutMs).then(
            (s) => {
              if (showProgress) process.stderr.write(`\r${++done}/${ids.length} checked`);
              return s;
            },
            (err: unknown) => ({ error: err }),
          ),
        );
        for (const [i, p] of pending.entries()) {
          const s = await p;
          if ('error' in s) {
            failed++;
            const message = s.error instanceof NoWorkerError ? s.error.message : String((s.error as Error).message ?? s.error);
            print(opts, { url: urls[i]!, error: message });
          } else if (s.state !== 'completed') {
            failed++;
            print(opts, { url: urls[i]!, error: describeFailure(s) });
          } else {
            print(opts, { url: urls[i]!, result: s.result! });
          }
        }
        if (showProgress) process.stderr.write('\n');
        process.exitCode = failed ? EXIT_FAILED : EXIT_OK;
      } finally {
        await events?.close();
        await queues.close();
        redis.disconnect();
      }
    });
}

/** Checks each URL in turn through the same checkUrl path a worker's job takes; results print as they come. */
async function checkLocally(env: Env, redis: RedisClient, queues: Queues, urls: string[], opts: CheckOptions, timeoutMs: number) {
  // Operational lines go to stderr so stdout stays the verdicts; only warnings unless LOG_LEVEL asks for more.
  const logger = createLogger(process.env.LOG_LEVEL ? env.LOG_LEVEL : 'warn', 2);
  const checker = openLocalChecker(env, redis, queues, logger);
  let failed = 0;
  try {
    for (const url of urls) {
      try {
        print(opts, { url, result: await checker.check(url, timeoutMs) });
      } catch (err) {
        failed++;
        print(opts, { url, error: describeError(err).message });
      }
    }
  } finally {
    await checker.close();
    logger.flush();
  }
  process.exitCode = failed ? EXIT_FAILED : EXIT_OK;
}

/** Workers on this queue, or null when Redis does not say (CLIENT LIST refused, as on some managed services). */
async function countWorkers(queues: Queues): Promise<number | null> {
  try {
    return await queues.check.getWorkersCount();
  } catch {
    return null;
  }
}

function print(opts: CheckOptions, out: { url: string; result?: CheckResult; error?: string }) {
  if (opts.json) process.stdout.write(`${JSON.stringify(out.error ? { url: out.url, error: out.error } : out.result)}\n`);
  else if (out.error) process.stdout.write(`✗ ${out.url}\n  could not be checked: ${out.error}\n\n`);
  else process.stdout.write(`${formatCheck(out.result!)}\n`);
}

function describeFailure(s: ManualCheckStatus): string {
  if (s.state === 'failed') return s.failedReason ?? 'failed';
  if (s.state === 'not-found') return 'the job disappeared (removed from Redis)';
  return `still ${s.state}`;
}

function readUrlFile(file: string): string[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new UsageError(`cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? err}`);
  }
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
}

function validateUrl(u: string) {
  let parsed: URL;
  try {
    parsed = new URL(u);
  } catch {
    throw new UsageError(`"${u}" is not a URL; write it as https://host/path`);
  }
  if (!['http:', 'https:'].includes(parsed.protocol)) throw new UsageError(`"${u}": only http and https URLs can be checked`);
}
