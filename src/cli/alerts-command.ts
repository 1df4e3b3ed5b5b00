import { realpathSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { Command, InvalidArgumentError, Option } from 'commander';
import { DEFAULT_ALERT_LOG } from '../alert/alert-log.ts';
import { formatAlert, shouldColor } from '../alert/format-alert.ts';
import {
  AlertLogMissingError,
  followAlerts,
  readAlerts,
  type AlertQuery,
  type AlertRecord,
} from '../alert/read-alert-log.ts';
import { parseDuration } from '../config/duration.ts';

interface AlertsOptions {
  kind?: 'new' | 'contradiction';
  claim?: string;
  source?: string;
  since?: number;
  limit?: number;
  follow?: boolean;
  json?: boolean;
  file?: string;
}

/** Alerts shown before following when --limit is not given, as tail -f shows the last lines. */
const FOLLOW_BACKLOG = 10;

/** `claimwatch alerts`: reads the alert log (rotated files included), newest first. Exit 0 ok, 1 failed, 2 usage. */
export function alertsCommand(): Command {
  const cmd = new Command('alerts')
    .description('show alerts from the alert log (rotated files included), newest first')
    .addOption(new Option('--kind <kind>', 'only alerts of this kind').choices(['new', 'contradiction']))
    .option('--claim <id>', 'only alerts about this claim (contradictions of it, new reports that cite it)')
    .option('--source <id>', 'only alerts from this source id ("manual" for manual checks)')
    .option('--since <when>', 'only alerts logged since a duration ago (2h, 30m, 7d) or a UTC date/time (2026-08-01)', parseSinceArg)
    .option('--limit <n>', 'show at most n alerts (the newest)', parseLimitArg)
    .option('-f, --follow', `keep printing new alerts as they come (shows the last ${FOLLOW_BACKLOG} first, in time order)`)
    .option('--json', 'print JSON lines (one alert per line) instead of readable blocks')
    .option('--file <path>', `alert log to read (default: $ALERT_LOG or ${DEFAULT_ALERT_LOG})`)
    .addHelpText(
      'after',
      `\nExit codes: 0 success (also when nothing matched), 1 the log could not be read, 2 usage error.\n` +
        `Invalid or torn lines in the log are skipped with a warning on stderr.`,
    )
    .action(async (opts: AlertsOptions) => {
      process.exitCode = await runAlerts(opts);
    });
  // commander reports usage errors with exit code 1; claimwatch promises 2 for them
  cmd.exitOverride((err) => process.exit(err.exitCode === 0 ? 0 : 2));
  return cmd;
}

async function runAlerts(opts: AlertsOptions): Promise<number> {
  const file = opts.file ?? (process.env.ALERT_LOG || DEFAULT_ALERT_LOG);
  const query: AlertQuery = { kind: opts.kind, claim: opts.claim, source: opts.source, since: opts.since };
  const color = !opts.json && shouldColor(process.stdout);
  const print = (a: AlertRecord): void => {
    process.stdout.write(opts.json ? `${JSON.stringify(a)}\n` : `${formatAlert(a, { color })}\n\n`);
  };
  const warn = (w: string): void => void process.stderr.write(`warning: ${w}\n`);
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(0); // reader went away (| head): not an error
    throw err;
  });

  let read: Awaited<ReturnType<typeof readAlerts>> | null = null;
  try {
    read = await readAlerts(file, { query });
  } catch (err) {
    if (!(err instanceof AlertLogMissingError && opts.follow)) {
      process.stderr.write(`claimwatch alerts: ${(err as Error).message}\n`);
      return 1;
    }
    warn(`${file} does not exist yet; waiting for it`);
  }
  read?.warnings.forEach(warn);

  if (!opts.follow) {
    const newest = read!.alerts.reverse().slice(0, opts.limit ?? Infinity);
    newest.forEach(print);
    if (!opts.json && process.stdout.isTTY) {
      process.stderr.write(`${newest.length} alert${newest.length === 1 ? '' : 's'}${newest.length < read!.alerts.length ? ` of ${read!.alerts.length}` : ''}\n`);
    }
    return 0;
  }

  read?.alerts.slice(-(opts.limit ?? FOLLOW_BACKLOG)).forEach(print);
  const stop = new AbortController();
  const onSignal = (): void => stop.abort();
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    for await (const a of followAlerts(file, { query, from: read?.position ?? null, signal: stop.signal, onWarning: warn })) {
      print(a);
    }
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
  return 0;
}

/** "2h", "30m", "7d" ago, or a date "2026-08-01" (UTC midnight), or an ISO date-time. */
export function parseSince(text: string, now: number = Date.now()): number | null {
  const ms = parseDuration(text);
  if (ms !== null) return now - ms;
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) {
    const t = Date.parse(`${text}T00:00:00Z`);
    return Number.isNaN(t) ? null : t;
  }
  if (/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/.test(text)) {
    const t = Date.parse(/[zZ]|[+-]\d{2}:?\d{2}$/.test(text) ? text : `${text.replace(' ', 'T')}Z`);
    return Number.isNaN(t) ? null : t;
  }
  return null;
}

function parseSinceArg(text: string): number {
  const t = parseSince(text);
  if (t === null) throw new InvalidArgumentError('Write a duration such as 2h, 30m, 7d, or a date such as 2026-08-01.');
  return t;
}

function parseLimitArg(text: string): number {
  const n = Number(text);
  if (!/^\d+$/.test(text.trim()) || n < 1) throw new InvalidArgumentError('Write a whole number of alerts, at least 1.');
  return n;
}

// Runnable on its own (`tsx src/cli/alerts-command.ts --kind new`) until and besides the claimwatch bin.
if (isEntryPoint()) await alertsCommand().parseAsync(process.argv);

function isEntryPoint(): boolean {
  try {
    return !!process.argv[1] && import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href;
  } catch {
    return false;
  }
}
