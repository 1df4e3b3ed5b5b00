import { open, readFile, stat } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { z } from 'zod';
import { listRotatedFiles } from './alert-log.ts';
import type { Alert, AlertKind } from './types.ts';

/** An alert as read back from the log: the alert fields plus pino's `time` (epoch ms) and `msg`. */
export type AlertRecord = Alert & { time: number; msg: string };

export interface AlertQuery {
  kind?: AlertKind;
  /** Contradictions of this claim, and new alerts that support, contradict or discuss it. */
  claim?: string;
  source?: string;
  /** Only alerts logged at or after this time (epoch ms). */
  since?: number;
}

export interface ReadAlertsOptions {
  query?: AlertQuery;
  /** Read the rotated files too (default true). */
  rotated?: boolean;
}

/** Where reading stopped in the current file, so that follow mode can carry on without gaps or repeats. */
export interface LogPosition {
  ino: number;
  offset: number;
}

export interface ReadAlertsResult {
  /** Oldest first. */
  alerts: AlertRecord[];
  /** Torn or invalid lines that were skipped, as "file:line: what". */
  warnings: string[];
  position: LogPosition | null;
}

/** Neither ALERT_LOG nor a rotated file exists: usually the worker has not run yet, or the path is wrong. */
export class AlertLogMissingError extends Error {
  override readonly name = 'AlertLogMissingError';
  constructor(readonly file: string) {
    super(`no alert log at ${file} (nor rotated files beside it). Fix: check ALERT_LOG or --file; the worker creates it at start`);
  }
}

const MAX_WARNINGS = 50;
const stringList = z.array(z.string()).default([]);
const common = {
  id: z.string().min(1),
  url: z.string().min(1),
  title: z.string().nullable().default(null),
  source: z.string().min(1),
  publishedAt: z.string().optional(),
  lang: z.string().optional(),
  time: z.number(),
  msg: z.string().default(''),
};
const AlertLineSchema = z.discriminatedUnion('alert', [
  z.looseObject({
    ...common,
    alert: z.literal('new'),
    supports: stringList,
    contradicts: stringList,
    discusses: stringList,
    facts: z.array(z.looseObject({ kind: z.string(), value: z.string(), sentence: z.string() })).default([]),
    relevance: z.number().default(0),
    reasons: stringList,
  }),
  z.looseObject({
    ...common,
    alert: z.literal('contradiction'),
    claim: z.string().min(1),
    evidence: z.string(),
    reason: z.string(),
    confidence: z.number().default(0),
  }),
]);

/** Pino lines start like this; used to recover a whole line written right after a torn one. */
const LINE_START = '{"level":';

export type ParsedLine = { alert: AlertRecord; warning?: string } | { alert?: undefined; warning: string };

/** Parses one log line. Never throws: a bad line gives a warning saying what is wrong with it. */
export function parseAlertLine(line: string): ParsedLine {
  const direct = tryParse(line);
  if (direct.alert) return direct;
  const restart = line.lastIndexOf(LINE_START);
  if (restart > 0) {
    const tail = tryParse(line.slice(restart));
    if (tail.alert) return { alert: tail.alert, warning: `torn start of line skipped (${restart} bytes)` };
  }
  return direct;
}

function tryParse(line: string): ParsedLine {
  let data: unknown;
  try {
    data = JSON.parse(line);
  } catch {
    return { warning: `not valid JSON (torn or foreign line): ${preview(line)}` };
  }
  if (!data || typeof data !== 'object' || !('alert' in data)) return { warning: `not an alert line: ${preview(line)}` };
  const result = AlertLineSchema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    return { warning: `invalid alert (${issue.path.join('.') || 'alert'}: ${issue.message}): ${preview(line)}` };
  }
  return { alert: result.data as AlertRecord };
}

function preview(line: string): string {
  return JSON.stringify(line.length > 80 ? `${line.slice(0, 80)}…` : line);
}

export function matchesQuery(a: AlertRecord, q: AlertQuery): boolean {
  if (q.kind && a.alert !== q.kind) return false;
  if (q.source && a.source !== q.source) return false;
  if (q.since !== undefined && a.time < q.since) return false;
  if (q.claim) {
    const claims = a.alert === 'contradiction' ? [a.claim] : [...a.supports, ...a.contradicts, ...a.discusses];
    if (!claims.includes(q.claim)) return false;
  }
  return true;
}

/** Reads ALERT_LOG and its rotated files. Bad lines are skipped with a warning, never a crash. */
export async function readAlerts(file: string, opts: ReadAlertsOptions = {}): Promise<ReadAlertsResult> {
  const query = opts.query ?? {};
  const files = (opts.rotated ?? true) ? listRotatedFiles(file).map((f) => f.path) : [];
  const warnings: string[] = [];
  const alerts: AlertRecord[] = [];
  let found = false;
  let position: LogPosition | null = null;

  for (const path of [...files, file]) {
    const isCurrent = path === file;
    let text: string;
    try {
      // every line of a file was written before its mtime, so older files cannot match --since
      if (!isCurrent && query.since !== undefined && (await stat(path)).mtimeMs < query.since) {
        found = true;
        continue;
      }
      const handle = await open(path, 'r');
      try {
        const buf = await handle.readFile();
        if (isCurrent) position = { ino: (await handle.stat()).ino, offset: lastNewline(buf) };
        text = buf.toString('utf8');
      } finally {
        await handle.close();
      }
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') continue; // pruned or rotated while we listed
      throw new Error(`alert log ${path}: ${(err as Error).message}`, { cause: err });
    }
    found = true;
    const lines = text.split('\n');
    lines.forEach((line, i) => {
      if (!line.trim()) return;
      const parsed = parseAlertLine(line);
      const lastAndOpen = i === lines.length - 1;
      if (parsed.warning) {
        addWarning(warnings, `${path}:${i + 1}: ${lastAndOpen && !parsed.alert ? 'incomplete last line (a write in progress?)' : parsed.warning}`);
      }
      if (parsed.alert && matchesQuery(parsed.alert, query)) alerts.push(parsed.alert);
    });
  }
  if (!found) throw new AlertLogMissingError(file);
  alerts.sort((a, b) => a.time - b.time); // stable: lines of one millisecond keep their log order
  return { alerts, warnings, position };
}

function lastNewline(buf: Buffer): number {
  return buf.lastIndexOf(0x0a) + 1;
}

function addWarning(warnings: string[], w: string): void {
  if (warnings.length < MAX_WARNINGS) warnings.push(w);
  else if (warnings.length === MAX_WARNINGS) warnings.push('more invalid lines skipped; not listed');
}

export interface FollowOptions {
  query?: AlertQuery;
  /**
   * Continue from where readAlerts stopped (null: the log did not exist then, so start at its beginning);
   * when left out, follow starts at the end of the current file.
   */
  from?: LogPosition | null;
  signal?: AbortSignal;
  pollMs?: number;
  onWarning?: (warning: string) => void;
}

/**
 * New alerts as they are appended, like `tail -F`: survives rotation (drains the renamed file, then
 * opens the new one), truncation, and a log that does not exist yet. Ends when the signal aborts.
 * Polls rather than fs.watch, which misses events on bind mounts and network volumes.
 */
export async function* followAlerts(file: string, opts: FollowOptions = {}): AsyncGenerator<AlertRecord> {
  const pollMs = opts.pollMs ?? 250;
  const warn = opts.onWarning ?? (() => {});
  const query = opts.query ?? {};
  let handle: Awaited<ReturnType<typeof open>> | null = null;
  let ino = -1;
  let offset = 0;
  let pending = '';
  let first = true;

  const drain = async function* (): AsyncGenerator<AlertRecord> {
    if (!handle) return;
    for (;;) {
      const chunk = Buffer.alloc(64 * 1024);
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, offset);
      if (bytesRead === 0) return;
      offset += bytesRead;
      pending += chunk.subarray(0, bytesRead).toString('utf8');
      const lines = pending.split('\n');
      pending = lines.pop()!;
      for (const line of lines) {
        if (!line.trim()) continue;
        const parsed = parseAlertLine(line);
        if (parsed.warning) warn(`${file}: ${parsed.warning}`);
        if (parsed.alert && matchesQuery(parsed.alert, query)) yield parsed.alert;
      }
    }
  };

  try {
    while (!opts.signal?.aborted) {
      yield* drain();
      const st = await stat(file).catch(() => null);
      if (st && st.ino !== ino) {
        if (handle) {
          yield* drain(); // lines another process appended to the renamed file just before it reopened
          if (pending.trim()) warn(`${file}: rotated file ended with an incomplete line; skipped`);
          await handle.close();
          // several rotations between two polls: read the files rotated after ours, which we never opened
          for (const path of await rotatedAfter(file, ino)) {
            const text = await readFile(path, 'utf8').catch(() => '');
            for (const line of text.split('\n')) {
              if (!line.trim()) continue;
              const parsed = parseAlertLine(line);
              if (parsed.warning) warn(`${path}: ${parsed.warning}`);
              if (parsed.alert && matchesQuery(parsed.alert, query)) yield parsed.alert;
            }
          }
        }
        handle = await open(file, 'r').catch(() => null);
        ino = handle ? (await handle.stat()).ino : -1;
        offset = first ? startOffset(opts.from, ino, st.size) : 0;
        pending = '';
        first = false;
        continue;
      }
      if (st && st.size < offset) {
        warn(`${file}: truncated; reading from the start`);
        offset = 0;
        pending = '';
      }
      first = false;
      try {
        await sleep(pollMs, undefined, { signal: opts.signal });
      } catch {
        return; // aborted
      }
    }
  } finally {
    await handle?.close();
  }
}

function startOffset(from: LogPosition | null | undefined, ino: number, size: number): number {
  if (from === undefined) return size;
  if (from === null || from.ino !== ino) return 0; // the file is newer than what was read
  return from.offset;
}

/** Rotated files newer than the one with inode `ino` (the file follow mode had open), oldest first. */
async function rotatedAfter(file: string, ino: number): Promise<string[]> {
  const rotated = listRotatedFiles(file);
  const inodes = await Promise.all(rotated.map((f) => stat(f.path).then((st) => st.ino, () => -1)));
  const at = inodes.lastIndexOf(ino);
  return at < 0 ? [] : rotated.slice(at + 1).map((f) => f.path);
}
