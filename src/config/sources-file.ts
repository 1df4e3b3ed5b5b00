import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { ConfigError, describeIssues } from './config-error.ts';
import { parseDuration } from './duration.ts';

/** Polling intervals shorter than this would hammer a site; tests poll local fixtures every 5s. */
const MIN_INTERVAL_MS = 1000;

const duration = z.string().transform((text, ctx) => {
  const ms = parseDuration(text);
  if (ms === null || ms < MIN_INTERVAL_MS) {
    ctx.addIssue({
      code: 'custom',
      message: `"${text}" is not a valid interval. Fix: write a number and a unit, at least 1s, e.g. 90s, 10m, 1h`,
    });
    return z.NEVER;
  }
  return ms;
});

const sourceId = z
  .string()
  .regex(/^[a-z0-9][a-z0-9_-]*$/i, 'must be letters, digits, "-" or "_" (no spaces or ":"). Fix: rename it, e.g. belsat-en');

const httpUrl = z.string().refine((u) => {
  try {
    return ['http:', 'https:'].includes(new URL(u).protocol);
  } catch {
    return false;
  }
}, 'must be an absolute http(s) URL. Fix: write it as https://host/path');

const SourceSchema = z
  .object({
    id: sourceId,
    url: httpUrl,
    type: z.enum(['feed', 'page'], {
      error: 'must be "feed" (RSS/Atom/JSON Feed) or "page" (a news listing page). Fix: set type: feed or type: page',
    }),
    every: duration,
    name: z.string().optional(),
    lang: z.string().optional(),
    /** State-run outlets are marked so that readers weigh their reports accordingly. */
    stateRun: z.boolean().optional(),
    /** CSS selector for article links on a listing page; overrides the link heuristic. */
    selector: z.string().optional(),
    userAgent: z.string().optional(),
    respectRobots: z.boolean().optional(),
    enabled: z.boolean().default(true),
  })
  .strict();

const SourcesFileSchema = z
  .object({
    sources: z.array(SourceSchema),
  })
  .strict();

export type Source = z.output<typeof SourceSchema>;

/** Validates a parsed sources document. Throws ConfigError naming the file, entry, field and fix. */
export function parseSourcesDocument(data: unknown, file: string): Source[] {
  // reportInput lets describeIssues tell a missing field from one of the wrong type.
  const result = SourcesFileSchema.safeParse(data, { reportInput: true });
  if (!result.success) throw new ConfigError(file, describeIssues(result.error.issues, data, 'sources'));
  const seen = new Map<string, number>();
  const problems: string[] = [];
  result.data.sources.forEach((s, i) => {
    const first = seen.get(s.id);
    if (first !== undefined) {
      problems.push(`entry sources[${i}] (id: ${s.id}), field id: duplicates sources[${first}]. Fix: give each source its own id`);
    } else seen.set(s.id, i);
  });
  if (problems.length) throw new ConfigError(file, problems);
  return result.data.sources;
}

export function loadSourcesFile(file: string): Source[] {
  return parseSourcesDocument(readYaml(file), file);
}

export function readYaml(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new ConfigError(file, [`cannot be read (${(err as NodeJS.ErrnoException).code ?? String(err)}). Fix: check the path`]);
  }
  try {
    return parseYaml(text);
  } catch (err) {
    throw new ConfigError(file, [`is not valid YAML: ${(err as Error).message.split('\n')[0]}. Fix: correct the syntax there`]);
  }
}
