import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** One line of the alert log as written (pino adds level, time and msg). */
export interface AlertLine {
  id: string;
  alert: 'new' | 'contradiction';
  url: string;
  source: string;
  claim?: string;
  time: number;
  [field: string]: unknown;
}

/**
 * Every alert line written so far: ALERT_LOG and its rotated siblings (`alerts.<period>.<n>.log`), so
 * a rotation during a run cannot hide a line from the assertions.
 */
export function readAlertLines(file: string): AlertLine[] {
  const dir = path.dirname(file);
  if (!existsSync(dir)) return [];
  const stem = path.basename(file, path.extname(file));
  const files = readdirSync(dir)
    .filter((f) => f === path.basename(file) || (f.startsWith(`${stem}.`) && f.endsWith(path.extname(file))))
    .map((f) => path.join(dir, f));
  return files.flatMap((f) =>
    readFileSync(f, 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as AlertLine),
  );
}

/** What makes two alerts the same: kind, article and (for a contradiction) claim. */
export function alertKey(a: { alert: string; url: string; claim?: string | undefined }): string {
  return a.claim ? `${a.alert} ${a.url} ${a.claim}` : `${a.alert} ${a.url}`;
}

/**
 * Compares the log with the expected alert keys: which are missing, which are logged more than once,
 * and which were never expected. All three empty means "every expected alert exactly once, nothing else".
 */
export function diffAlerts(lines: AlertLine[], expected: Iterable<string>) {
  const counts = new Map<string, number>();
  for (const l of lines) counts.set(alertKey(l), (counts.get(alertKey(l)) ?? 0) + 1);
  const want = new Set(expected);
  return {
    missing: [...want].filter((k) => !counts.has(k)).sort(),
    doubled: [...counts].filter(([k, n]) => want.has(k) && n > 1).map(([k, n]) => `${k} x${n}`).sort(),
    unexpected: [...counts.keys()].filter((k) => !want.has(k)).sort(),
  };
}
