import { existsSync } from 'node:fs';
import { z } from 'zod';
import { ConfigError, describeIssues } from '../../config/config-error.ts';
import { parseDuration } from '../../config/duration.ts';
import { readYaml } from '../../config/sources-file.ts';
import type { Sink } from './sink.ts';
import { createWebhookSink } from './webhook.ts';

export const DEFAULT_SINKS_FILE = 'config/sinks.yaml';

const duration = (fallback: string) =>
  z
    .string()
    .default(fallback)
    .transform((text, ctx) => {
      const ms = parseDuration(text);
      if (ms === null || ms <= 0) {
        ctx.addIssue({ code: 'custom', message: `"${text}" is not a duration. Fix: write e.g. 500ms, 5s, 1m` });
        return z.NEVER;
      }
      return ms;
    });

const WebhookSchema = z
  .object({
    type: z.literal('webhook', { error: 'is not a known sink type. Fix: use type: webhook' }),
    name: z.string().regex(/^[a-z0-9][a-z0-9_-]*$/i, 'must be letters, digits, "-" or "_". Fix: e.g. name: newsroom-chat'),
    /** May reference environment variables as ${NAME}, so secrets stay out of the file. */
    url: z.string(),
    enabled: z.boolean().default(true),
    kinds: z.array(z.enum(['new', 'contradiction'])).min(1).optional(),
    headers: z.record(z.string(), z.string()).optional(),
    timeout: duration('5s'),
    retries: z
      .int({ error: 'must be a whole number from 0 to 20. Fix: e.g. retries: 5' })
      .min(0, 'must be at least 0. Fix: e.g. retries: 5')
      .max(20, 'must be at most 20. Fix: e.g. retries: 5')
      .default(5),
    backoff: duration('1s'),
  })
  .strict();

const SinksFileSchema = z.object({ sinks: z.array(WebhookSchema).nullable().default([]) }).strict();

/**
 * Reads the sinks file (YAML, validated once) and builds its enabled sinks. Throws ConfigError naming the
 * file, the entry, the field and the fix. An empty or all-comments file means no sinks.
 */
export function loadSinks(file: string, env: NodeJS.ProcessEnv = process.env): Sink[] {
  const data = readYaml(file) ?? {};
  const result = SinksFileSchema.safeParse(data, { reportInput: true }); // describeIssues tells "missing" from "wrong type" by the input
  if (!result.success) throw new ConfigError(file, describeIssues(result.error.issues, data, 'sinks'));
  const problems: string[] = [];
  const sinks: Sink[] = [];
  const names = new Set<string>();
  (result.data.sinks ?? []).forEach((entry, i) => {
    const where = `entry sinks[${i}] (name: ${entry.name})`;
    if (names.has(entry.name)) problems.push(`${where}, field name: used twice. Fix: give each sink its own name`);
    names.add(entry.name);
    const expand = (field: string, text: string): string =>
      text.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (_, name: string) => {
        const value = env[name];
        if (value === undefined) problems.push(`${where}, field ${field}: uses \${${name}}, which is not set. Fix: set ${name} in the environment`);
        return value ?? '';
      });
    const url = expand('url', entry.url);
    const headers = Object.fromEntries(Object.entries(entry.headers ?? {}).map(([k, v]) => [k, expand(`headers.${k}`, v)]));
    if (!isHttpUrl(url)) problems.push(`${where}, field url: "${entry.url}" is not an absolute http(s) URL. Fix: write it as https://host/path`);
    if (!entry.enabled) return;
    sinks.push(
      createWebhookSink({
        name: entry.name,
        url,
        headers,
        kinds: entry.kinds,
        timeoutMs: entry.timeout,
        retries: entry.retries,
        backoffMs: entry.backoff,
      }),
    );
  });
  if (problems.length) throw new ConfigError(file, problems);
  return sinks;
}

/** SINKS_FILE when set (it must exist), else config/sinks.yaml when present, else no sinks. */
export function loadSinksFromEnv(env: NodeJS.ProcessEnv = process.env): Sink[] {
  if (env.SINKS_FILE) return loadSinks(env.SINKS_FILE, env);
  return existsSync(DEFAULT_SINKS_FILE) ? loadSinks(DEFAULT_SINKS_FILE, env) : [];
}

function isHttpUrl(text: string): boolean {
  try {
    return ['http:', 'https:'].includes(new URL(text).protocol);
  } catch {
    return false;
  }
}
