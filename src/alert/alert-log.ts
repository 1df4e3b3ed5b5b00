import {
  closeSync,
  fstatSync,
  fsync,
  fsyncSync,
  mkdirSync,
  openSync,
  readdirSync,
  readSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
  type Stats,
} from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { pino, type Logger } from 'pino';
import type { Alert } from './types.ts';

/**
 * The alert log: pino JSON lines appended to ALERT_LOG (and echoed to stdout).
 *
 * Why not pino-roll: it names the active file `alerts.N.log` (so ALERT_LOG itself would never be the
 * current file and `tail -f` breaks), counts only its own process's bytes, and numbers files per process,
 * so several workers sharing a volume would race. Instead every write is one synchronous O_APPEND
 * write(2) (lines from several processes never interleave), and rotation renames ALERT_LOG under a lock
 * file to `alerts.<period>.<n>.log`, the naming pino-roll uses; other processes notice the new inode before
 * their next write.
 *
 * Durability is a group commit: `write()` puts the line in the file (the kernel's page cache: it survives
 * the process being killed) and `sync()` resolves once an fsync that started after that write has finished,
 * run on libuv's thread pool rather than on the event loop. Lines written while one fsync runs are covered by
 * the next, one for all of them. A job awaits `sync()` before it completes, so a line is on disk before its
 * job is done, as it was with an fsync per line, without stopping every other job for each fsync.
 */
export interface AlertLogOptions {
  file: string;
  /** Echo each line to stdout as well (default true). */
  stdout?: boolean;
  /** Rotation; `false` turns it off. Defaults: size 10m, daily, keep 7 rotated files. */
  rotate?: RotateOptions | false;
  /** fsync after each line (default true): alerts are rare and must survive a crash. */
  fsync?: boolean;
}

export interface RotateOptions {
  /** Max size of the current file: a number of bytes or "500k", "10m", "1g". */
  size?: string | number;
  /** Start a new file when the UTC day (or hour) changes (default daily); 'off' rotates by size only. */
  frequency?: 'daily' | 'hourly' | 'off';
  /** Rotated files kept beside the current one (default 7). */
  keep?: number;
}

export interface AlertLog {
  /** Appends one line; throws (with the file in the message) when the line could not be written. */
  write(alert: Alert, msg: string): void;
  /**
   * Resolves when every line written so far is on disk (fsync), rejects when that fsync failed. Calls made
   * while an fsync runs share the next one. Resolves at once with `fsync: false` or nothing left to sync.
   */
  sync(): Promise<void>;
  /** Syncs what was written, then closes the file. */
  close(): Promise<void>;
}

export const DEFAULT_ALERT_LOG = 'logs/alerts.log';
const DEFAULT_ROTATE: Required<RotateOptions> = { size: '10m', frequency: 'daily', keep: 7 };
/** A lock older than this belongs to a process that died mid-rotation (a rotation takes milliseconds). */
const STALE_LOCK_MS = 10_000;
const LOCK_WAIT_MS = 2_000;

export function createAlertLog(opts: AlertLogOptions): AlertLog {
  const file = opts.file;
  const rotate = opts.rotate === false ? null : resolveRotate(opts.rotate ?? {});
  const doFsync = opts.fsync ?? true;
  const echo = opts.stdout ?? true;
  mkdirSync(dirname(file) || '.', { recursive: true });
  let fd: number | null = openSync(file, 'a+');

  // Group commit: lines are numbered as written; `durable` is the last one known to be on disk.
  let written = 0;
  let durable = 0;
  /** The fsync running on the thread pool, if any: descriptors retired meanwhile are closed after it. */
  let syncing: Promise<void> | null = null;
  const waiters: { upTo: number; resolve: () => void; reject: (err: Error) => void }[] = [];
  const settle = (upTo: number, err: Error | null) => {
    for (let i = waiters.length - 1; i >= 0; i--) {
      const w = waiters[i]!;
      if (w.upTo > upTo) continue;
      waiters.splice(i, 1);
      if (err) w.reject(err);
      else w.resolve();
    }
  };
  const startSync = () => {
    if (syncing || fd === null || !waiters.length) return;
    const upTo = written;
    const target = fd;
    syncing = new Promise<void>((done) => {
      fsync(target, (err) => {
        syncing = null;
        if (err) settle(upTo, new Error(`alert log ${file}: fsync failed, the line may not be on disk: ${err.message}`, { cause: err }));
        else {
          durable = Math.max(durable, upTo);
          settle(upTo, null);
        }
        done();
        startSync(); // lines written while this one ran
      });
    });
  };
  /**
   * A descriptor replaced by a rotation (ours or another process's): what was written through it is made
   * durable now, synchronously (rotations are rare), and it is closed once no fsync uses it any more.
   */
  const retire = (old: number) => {
    if (doFsync && written > durable) {
      try {
        fsyncSync(old);
        durable = written;
        settle(written, null);
      } catch (err) {
        settle(written, new Error(`alert log ${file}: fsync failed, the line may not be on disk: ${(err as Error).message}`, { cause: err }));
      }
    }
    const close = () => {
      try {
        closeSync(old);
      } catch {
        // already gone: nothing to release
      }
    };
    if (syncing) void syncing.then(close);
    else close();
  };

  const destination = {
    write(line: string): void {
      if (fd === null) throw new Error(`alert log ${file}: write after close`);
      try {
        fd = currentFd(file, fd, retire);
        if (rotate) fd = maybeRotate(file, fd, rotate, Buffer.byteLength(line), retire);
        appendLine(fd, line);
        written++;
      } catch (err) {
        throw new Error(`alert log ${file}: could not write an alert line: ${(err as Error).message}`, { cause: err });
      }
      if (echo) process.stdout.write(line);
    },
  };
  const logger: Logger = pino({ level: 'info' }, destination);

  const sync = (): Promise<void> => {
    if (!doFsync || durable >= written || fd === null) return Promise.resolve();
    return new Promise<void>((resolve, reject) => {
      waiters.push({ upTo: written, resolve, reject });
      startSync();
    });
  };

  return {
    write(alert, msg) {
      logger.info(alert, msg);
    },
    sync,
    async close() {
      if (fd === null) return;
      await sync().catch(() => undefined); // a failed fsync was reported to the jobs that waited for it
      while (syncing) await syncing;
      closeSync(fd);
      fd = null;
    },
  };
}

/** Options from the environment: ALERT_LOG, ALERT_LOG_MAX_SIZE, ALERT_LOG_ROTATE (daily|hourly|off), ALERT_LOG_KEEP. */
export function alertLogOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): AlertLogOptions {
  const frequency = env.ALERT_LOG_ROTATE ?? 'daily';
  if (!['daily', 'hourly', 'off'].includes(frequency)) {
    throw new Error(`ALERT_LOG_ROTATE="${frequency}" is not valid. Fix: set it to daily, hourly or off`);
  }
  const keep = env.ALERT_LOG_KEEP === undefined ? DEFAULT_ROTATE.keep : Number(env.ALERT_LOG_KEEP);
  if (!Number.isInteger(keep) || keep < 1) {
    throw new Error(`ALERT_LOG_KEEP="${env.ALERT_LOG_KEEP}" is not valid. Fix: set a whole number of files, at least 1`);
  }
  const size = env.ALERT_LOG_MAX_SIZE ?? DEFAULT_ROTATE.size;
  parseSize(size, 'ALERT_LOG_MAX_SIZE');
  return { file: env.ALERT_LOG || DEFAULT_ALERT_LOG, rotate: { size, keep, frequency: frequency as RotateOptions['frequency'] } };
}

interface ResolvedRotate {
  maxBytes: number;
  frequency: 'daily' | 'hourly' | null;
  keep: number;
}

function resolveRotate(r: RotateOptions): ResolvedRotate {
  const keep = r.keep ?? DEFAULT_ROTATE.keep;
  if (!Number.isInteger(keep) || keep < 1) throw new Error(`alert log rotate.keep must be a whole number >= 1, got ${keep}`);
  const frequency = r.frequency ?? DEFAULT_ROTATE.frequency;
  return {
    maxBytes: parseSize(r.size ?? DEFAULT_ROTATE.size, 'rotate.size'),
    frequency: frequency === 'off' ? null : frequency,
    keep,
  };
}

/** "10m" -> bytes. Units k, m, g (binary); a bare number is MB, as in pino-roll. */
export function parseSize(size: string | number, what: string): number {
  if (typeof size === 'number' && size > 0) return Math.round(size * 1024 * 1024);
  const m = /^(\d+(?:\.\d+)?)\s*([kmg])?b?$/i.exec(String(size).trim());
  if (!m) throw new Error(`${what}="${size}" is not a size. Fix: write a number and a unit, e.g. 500k, 10m, 1g`);
  const unit = (m[2] ?? 'm').toLowerCase();
  return Math.round(Number(m[1]) * 1024 ** ({ k: 1, m: 2, g: 3 } as Record<string, number>)[unit]!);
}

/** Reopens ALERT_LOG when another process rotated it (the path now names another inode). */
function currentFd(file: string, fd: number, retire: (old: number) => void): number {
  let onDisk: Stats | null = null;
  try {
    onDisk = statSync(file);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
  const mine = fstatSync(fd);
  if (onDisk && onDisk.ino === mine.ino && onDisk.dev === mine.dev) return fd;
  const next = openSync(file, 'a+'); // open first: if it fails, the old descriptor stays valid
  retire(fd);
  return next;
}

function maybeRotate(file: string, fd: number, r: ResolvedRotate, incoming: number, retire: (old: number) => void): number {
  if (!needsRotation(fstatSync(fd), r, incoming)) return fd;
  const lock = acquireLock(`${file}.lock`);
  if (!lock) return fd; // another process holds the lock too long: write to the current file, never drop the line
  try {
    fd = currentFd(file, fd, retire); // someone may have rotated while we waited
    const st = fstatSync(fd);
    if (!needsRotation(st, r, incoming)) return fd;
    renameSync(file, join(dirname(file), nextRotatedName(file, periodOf(st.mtimeMs, r.frequency ?? 'daily'))));
    const fresh = openSync(file, 'a+');
    retire(fd);
    try {
      pruneRotated(file, r.keep);
    } catch {
      // old files that cannot be deleted now are tried again at the next rotation; the line matters more
    }
    return fresh;
  } finally {
    lock();
  }
}

function needsRotation(st: Stats, r: ResolvedRotate, incoming: number): boolean {
  if (st.size === 0) return false;
  if (st.size + incoming > r.maxBytes) return true;
  return r.frequency !== null && periodOf(st.mtimeMs, r.frequency) !== periodOf(Date.now(), r.frequency);
}

/** UTC period label used in rotated names: 2026-11-25 (daily) or 2026-11-25T14 (hourly). */
export function periodOf(ms: number, frequency: 'daily' | 'hourly'): string {
  const iso = new Date(ms).toISOString();
  return frequency === 'daily' ? iso.slice(0, 10) : iso.slice(0, 13);
}

export interface RotatedFile {
  path: string;
  period: string;
  n: number;
}

/** Rotated files of ALERT_LOG (alerts.<period>.<n>.log in its folder), oldest first. */
export function listRotatedFiles(file: string): RotatedFile[] {
  const dir = dirname(file) || '.';
  const { stem, ext } = splitName(file);
  const pattern = new RegExp(`^${escapeRe(stem)}\\.(\\d{4}-\\d{2}-\\d{2}(?:T\\d{2})?)\\.(\\d+)${escapeRe(ext)}$`);
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw err;
  }
  const found: RotatedFile[] = [];
  for (const name of names) {
    const m = pattern.exec(name);
    if (m) found.push({ path: join(dir, name), period: m[1]!, n: Number(m[2]) });
  }
  return found.sort((a, b) => (a.period === b.period ? a.n - b.n : a.period < b.period ? -1 : 1));
}

function nextRotatedName(file: string, period: string): string {
  const { stem, ext } = splitName(file);
  const taken = listRotatedFiles(file).filter((f) => f.period === period);
  const n = taken.length ? Math.max(...taken.map((f) => f.n)) + 1 : 1;
  return `${stem}.${period}.${n}${ext}`;
}

function pruneRotated(file: string, keep: number): void {
  const rotated = listRotatedFiles(file);
  for (const old of rotated.slice(0, Math.max(0, rotated.length - keep))) {
    try {
      unlinkSync(old.path);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    }
  }
}

function splitName(file: string): { stem: string; ext: string } {
  const name = basename(file);
  const ext = extname(name);
  return { stem: ext ? name.slice(0, -ext.length) : name, ext };
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * One write(2) per line on an O_APPEND descriptor: the kernel appends it whole, so lines from several
 * processes never interleave. If a previous writer died mid-line, start on a fresh line. Not synced here:
 * see sync() in createAlertLog.
 */
function appendLine(fd: number, line: string): void {
  const size = fstatSync(fd).size;
  let buf = Buffer.from(line);
  if (size > 0) {
    const last = Buffer.alloc(1);
    readSync(fd, last, 0, 1, size - 1);
    if (last[0] !== 0x0a) buf = Buffer.concat([Buffer.from('\n'), buf]);
  }
  let off = 0;
  while (off < buf.length) off += writeSync(fd, buf, off, buf.length - off);
}

/** O_EXCL lock file; returns its release function, or null when it could not be had in time. */
function acquireLock(path: string): (() => void) | null {
  const deadline = Date.now() + LOCK_WAIT_MS;
  const pause = new Int32Array(new SharedArrayBuffer(4));
  for (;;) {
    try {
      const lockFd = openSync(path, 'wx');
      writeSync(lockFd, `${process.pid}\n`);
      closeSync(lockFd);
      return () => {
        try {
          unlinkSync(path);
        } catch {
          // already removed as stale by another process: nothing to release
        }
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    try {
      if (Date.now() - statSync(path).mtimeMs > STALE_LOCK_MS) unlinkSync(path);
    } catch {
      // the holder released it between our open and stat: try again
    }
    if (Date.now() > deadline) return null;
    Atomics.wait(pause, 0, 0, 5); // synchronous back-off: write() must not return before the line is in the file
  }
}
