import path from 'node:path';
import { z } from 'zod';
import { ConfigError } from './config-error.ts';
import { parseDuration } from './duration.ts';
import { hasHashTag } from '../queue/keys.ts';

const bool = z
  .enum(['1', '0', 'true', 'false', 'yes', 'no', 'on', 'off', ''])
  .transform((v) => ['1', 'true', 'yes', 'on'].includes(v));

const durationMs = (fallback: string) =>
  z
    .string()
    .default(fallback)
    .transform((text, ctx) => {
      const ms = parseDuration(text);
      if (ms === null) {
        ctx.addIssue({ code: 'custom', message: `"${text}" is not a duration. Fix: write e.g. 30s, 10m, 90d` });
        return z.NEVER;
      }
      return ms;
    });

const positiveInt = (fallback: number) => z.coerce.number().int().positive().default(fallback);

const SIZE_UNITS: Record<string, number> = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 };
const byteSize = (fallback: string) =>
  z
    .string()
    .default(fallback)
    .transform((text, ctx) => {
      const m = /^(\d+)\s*([kmg]?)b?$/i.exec(text.trim());
      if (!m) {
        ctx.addIssue({ code: 'custom', message: `"${text}" is not a size. Fix: write e.g. 5m, 512k or 1048576` });
        return z.NEVER;
      }
      return Number(m[1]) * SIZE_UNITS[m[2]!.toLowerCase()]!;
    });

/** Every environment variable the worker and its tools read, with its default. Documented in the README. */
const EnvSchema = z
  .object({
    REDIS_URL: z.string().default('redis://127.0.0.1:6379'),
    /** REDIS_URL names one node of a Redis Cluster (any); the client follows the cluster's slot map. */
    REDIS_CLUSTER: bool.default(false),
    QUEUE_PREFIX: z
      .string()
      .regex(/^[^\s:]+$/, 'must not contain spaces or ":". Fix: use e.g. claimwatch or {claimwatch}')
      .default('claimwatch'),
    SOURCES_FILE: z.string().default('config/sources.yaml'),
    CLAIMS_FILE: z.string().default('config/claims.yaml'),
    ALERT_LOG: z.string().default('logs/alerts.log'),
    /** Optional alert sinks (webhooks); default config/sinks.yaml when present. Read by loadSinksFromEnv. */
    SINKS_FILE: z.string().optional(),
    LOG_LEVEL: z.enum(['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent']).default('info'),
    ALLOW_PRIVATE_URLS: bool.default(false),
    /** How long seen-keys (URLs, GUIDs, content fingerprints, alert ids) are kept. */
    SEEN_TTL: durationMs('90d'),
    POLL_CONCURRENCY: positiveInt(4),
    CHECK_CONCURRENCY: positiveInt(8),
    /** A running job's lock: a worker that dies stops renewing it, and another takes the job once it lapses. */
    JOB_LOCK_DURATION: durationMs('30s'),
    /** How often each worker looks for jobs whose lock lapsed (stalled) and puts them back. */
    STALLED_INTERVAL: durationMs('30s'),
    /** First delay before a failed article check is retried; it doubles each attempt (with jitter). */
    RETRY_BACKOFF: durationMs('5s'),
    /** How long running jobs may take to finish after SIGTERM before the worker exits anyway. */
    SHUTDOWN_GRACE: durationMs('30s'),
    USER_AGENT: z.string().optional(),
    /** Politeness: requests at once per host, and the least time between two, across all workers. */
    HOST_CONCURRENCY: positiveInt(1),
    HOST_INTERVAL: durationMs('1s'),
    /** Bounds on one fetch: total time (connect, headers and body) and body size (the read stops there). */
    FETCH_TIMEOUT: durationMs('30s'),
    FETCH_MAX_BYTES: byteSize('5m'),
    /** HTTP API (health, metrics, checks, Bull Board) on this port when set; API_TOKEN guards it. */
    PORT: z.coerce.number().int().min(0).max(65535).optional(),
    HTTP_HOST: z.string().optional(),
    API_TOKEN: z.string().optional(),
  })
  .superRefine((env, ctx) => {
    // BullMQ's scripts touch several keys of a queue at once: on a cluster they must all be in one slot.
    if (env.REDIS_CLUSTER && !hasHashTag(env.QUEUE_PREFIX)) {
      ctx.addIssue({
        code: 'custom',
        path: ['QUEUE_PREFIX'],
        message: `with REDIS_CLUSTER on, the prefix (now "${env.QUEUE_PREFIX}") needs a hash tag so all its keys share one slot. Fix: QUEUE_PREFIX={${env.QUEUE_PREFIX.replace(/[{}]/g, '')}}`,
      });
    }
  });

export type Env = z.output<typeof EnvSchema>;

/** Reads and validates the environment once; relative file paths resolve against `cwd`. */
export function loadEnv(source: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): Env {
  const present = Object.fromEntries(Object.entries(source).filter(([k]) => k in EnvSchema.shape));
  const result = EnvSchema.safeParse(present);
  if (!result.success) {
    throw new ConfigError(
      'environment',
      result.error.issues.map((i) => {
        const key = String(i.path[0]);
        return `${key in present ? `${i.path.join('.')}=${JSON.stringify(present[key])}` : `${key} (not set)`}: ${i.message}`;
      }),
    );
  }
  const env = result.data;
  for (const key of ['SOURCES_FILE', 'CLAIMS_FILE', 'ALERT_LOG'] as const) env[key] = path.resolve(cwd, env[key]);
  return env;
}
