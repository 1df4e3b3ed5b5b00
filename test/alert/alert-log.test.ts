import { spawn } from 'node:child_process';
import { appendFileSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { alertLogOptionsFromEnv, createAlertLog, listRotatedFiles, parseSize } from '../../src/alert/alert-log.ts';
import type { ContradictionAlert, NewAlert } from '../../src/alert/types.ts';
import { ROOT } from '../support/worker-process.ts';

const HELPER = path.join(import.meta.dirname, 'helpers/append-alerts.ts');

function contradiction(id: string, extra: Partial<ContradictionAlert> = {}): ContradictionAlert {
  return {
    alert: 'contradiction',
    id,
    url: `https://example.org/${id}`,
    title: `Title ${id}`,
    source: 'belsat-en',
    claim: '1100-troops-30-miles',
    evidence: 'Some 15,000 soldiers were moved to the border.',
    reason: 'count 15,000 vs claimed about 1,100',
    confidence: 0.8,
    ...extra,
  };
}

const newAlert: NewAlert = {
  alert: 'new',
  id: 'n-1',
  url: 'https://example.org/n-1',
  title: 'Belarus moves troops',
  source: 'manual',
  publishedAt: '2024-08-20T10:00:00Z',
  supports: ['third-of-army-to-border'],
  contradicts: [],
  discusses: ['kyiv-warns-minsk'],
  facts: [{ kind: 'count', value: '15,000', sentence: 'Some 15,000 soldiers moved.' }],
  relevance: 0.9,
  reasons: ['Belarusian troops near the border'],
};

function lines(file: string): Record<string, unknown>[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

let dir: string;
let file: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'cw-alert-log-'));
  file = path.join(dir, 'logs', 'alerts.log');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('createAlertLog', () => {
  it('appends one pino JSON line per alert, on disk as soon as write() returns', async () => {
    const log = createAlertLog({ file, stdout: false });
    log.write(newAlert, 'new report');
    // no close, no flush: the line must already be in the file
    const [line] = lines(file);
    expect(line).toMatchObject({ level: 30, msg: 'new report', ...newAlert });
    expect(typeof line!.time).toBe('number');
    log.write(contradiction('c-1'), 'contradiction');
    expect(lines(file).map((l) => l.id)).toEqual(['n-1', 'c-1']);
    await log.close();
    expect(() => log.write(contradiction('c-2'), 'x')).toThrow(/write after close/);
  });

  it('sync() resolves once the lines written so far are on disk; calls made meanwhile share the fsync', async () => {
    const log = createAlertLog({ file, stdout: false });
    await log.sync(); // nothing written yet
    log.write(contradiction('c-1'), 'contradiction');
    const first = log.sync();
    log.write(contradiction('c-2'), 'contradiction');
    log.write(contradiction('c-3'), 'contradiction');
    const later = [log.sync(), log.sync()];
    await Promise.all([first, ...later]);
    expect(lines(file).map((l) => l.id)).toEqual(['c-1', 'c-2', 'c-3']);
    log.write(contradiction('c-4'), 'contradiction');
    await log.close(); // syncs what is left
    expect(lines(file).map((l) => l.id)).toEqual(['c-1', 'c-2', 'c-3', 'c-4']);
    await expect(log.sync()).resolves.toBeUndefined();
  });

  it('keeps every line when a rotation retires the file an fsync is still running on', async () => {
    const log = createAlertLog({ file, stdout: false, rotate: { size: '1k', keep: 100 } });
    const syncs: Promise<void>[] = [];
    for (let i = 0; i < 30; i++) {
      log.write(contradiction(`c-${i}`, { evidence: 'x'.repeat(300) }), 'contradiction');
      syncs.push(log.sync()); // not awaited: the next writes (and rotations) run while it is in flight
    }
    await Promise.all(syncs);
    await log.close();
    const ids = [...listRotatedFiles(file).map((r) => r.path), file].flatMap((f) => lines(f).map((l) => l.id));
    expect(ids).toEqual(Array.from({ length: 30 }, (_, i) => `c-${i}`));
  });

  it('with fsync off, sync() resolves at once', async () => {
    const log = createAlertLog({ file, stdout: false, fsync: false });
    log.write(contradiction('c-1'), 'contradiction');
    await log.sync();
    await log.close();
    expect(lines(file).map((l) => l.id)).toEqual(['c-1']);
  });

  it('starts on a fresh line when a previous writer left a torn line', async () => {
    const log = createAlertLog({ file, stdout: false });
    log.write(contradiction('c-1'), 'contradiction');
    appendFileSync(file, '{"level":30,"time":1,"alert":"contra');
    log.write(contradiction('c-2'), 'contradiction');
    const raw = readFileSync(file, 'utf8').split('\n');
    expect(JSON.parse(raw[2]!).id).toBe('c-2');
    await log.close();
  });

  it('rotates by size to alerts.<day>.<n>.log, keeps the newest `keep` files, ALERT_LOG stays current', async () => {
    const log = createAlertLog({ file, stdout: false, rotate: { size: '2k', keep: 2 } });
    for (let i = 0; i < 40; i++) log.write(contradiction(`c-${i}`), 'contradiction');
    await log.close();
    const rotated = listRotatedFiles(file);
    const today = new Date().toISOString().slice(0, 10);
    expect(rotated).toHaveLength(2);
    expect(rotated.every((f) => f.period === today)).toBe(true);
    expect(path.basename(rotated[1]!.path)).toMatch(new RegExp(`^alerts\\.${today}\\.\\d+\\.log$`));
    for (const f of [...rotated.map((r) => r.path), file]) {
      expect(readFileSync(f).length).toBeLessThanOrEqual(2048);
    }
    // the newest alert is in the current file; the files kept hold a contiguous, ordered tail
    const ids = [...rotated.map((r) => r.path), file].flatMap((f) => lines(f).map((l) => l.id));
    expect(ids.at(-1)).toBe('c-39');
    const nums = ids.map((id) => Number(String(id).slice(2)));
    expect(nums).toEqual(nums.map((_, i) => nums[0]! + i));
    expect(readdirSync(path.dirname(file)).filter((n) => n.endsWith('.lock'))).toEqual([]);
  });

  it('rotates when the day changes, naming the old file by its day', async () => {
    const log = createAlertLog({ file, stdout: false });
    log.write(contradiction('old'), 'contradiction');
    const yesterday = new Date(Date.now() - 86_400_000);
    utimesSync(file, yesterday, yesterday);
    log.write(contradiction('new'), 'contradiction');
    await log.close();
    const rotated = listRotatedFiles(file);
    expect(rotated.map((r) => path.basename(r.path))).toEqual([`alerts.${yesterday.toISOString().slice(0, 10)}.1.log`]);
    expect(lines(rotated[0]!.path).map((l) => l.id)).toEqual(['old']);
    expect(lines(file).map((l) => l.id)).toEqual(['new']);
  });

  it('follows a rotation done by another process instead of writing to the renamed file', async () => {
    const log = createAlertLog({ file, stdout: false });
    log.write(contradiction('before'), 'contradiction');
    renameSync(file, path.join(path.dirname(file), 'alerts.2026-01-01.1.log'));
    log.write(contradiction('after'), 'contradiction');
    await log.close();
    expect(lines(file).map((l) => l.id)).toEqual(['after']);
  });

  it('breaks a stale lock left by a crashed rotation', async () => {
    const log = createAlertLog({ file, stdout: false, rotate: { size: '1k' } });
    log.write(contradiction('a', { evidence: 'x'.repeat(900) }), 'contradiction');
    writeFileSync(`${file}.lock`, '99999\n');
    const old = new Date(Date.now() - 60_000);
    utimesSync(`${file}.lock`, old, old);
    log.write(contradiction('b', { evidence: 'x'.repeat(900) }), 'contradiction');
    await log.close();
    expect(listRotatedFiles(file)).toHaveLength(1);
    expect(lines(file).map((l) => l.id)).toEqual(['b']);
  });

  it('two processes appending at once (with rotation) never tear or lose a line', { timeout: 60_000 }, async () => {
    const perWriter = 400;
    const run = (writer: string) => {
      const child = spawn(process.execPath, ['--import', 'tsx', HELPER, file, writer, String(perWriter), '64k', '6000'], {
        cwd: ROOT,
        stdio: ['pipe', 'ignore', 'pipe'],
      });
      let err = '';
      const ready = new Promise<void>((resolve, reject) => {
        child.stderr.on('data', (d) => {
          err += d;
          if (err.includes('ready')) resolve();
        });
        child.on('exit', (code) => reject(new Error(`writer ${writer} exited ${code}: ${err}`)));
      });
      const exit = new Promise<number | null>((resolve) => child.on('exit', resolve));
      return { child, ready, exit, err: () => err };
    };
    const writers = [run('w1'), run('w2')];
    await Promise.all(writers.map((w) => w.ready));
    for (const w of writers) w.child.stdin.end('go\n');
    const codes = await Promise.all(writers.map((w) => w.exit));
    expect(codes, writers.map((w) => w.err()).join('\n')).toEqual([0, 0]);

    const files = [...listRotatedFiles(file).map((f) => f.path), file];
    expect(files.length).toBeGreaterThan(10); // 800 lines of ~6 KB in 64 KB files: rotation really happened
    const raw = files.flatMap((f) => readFileSync(f, 'utf8').split('\n').filter(Boolean));
    const parsed = raw.map((l) => JSON.parse(l) as { id: string; source: string; evidence: string });
    const ids = new Set(parsed.map((p) => p.id));
    expect(parsed).toHaveLength(2 * perWriter);
    expect(ids.size).toBe(2 * perWriter);
    for (const p of parsed) expect(p.evidence.startsWith(p.source)).toBe(true);
    // the writers really overlapped: lines of both alternate somewhere in the same file
    const sequence = parsed.map((p) => p.source).join('');
    expect(sequence).toMatch(/w1w2|w2w1/);
  });

  it('echoes each line to stdout by default', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', HELPER, file, 'echo', '3', 'none', '10'], {
      cwd: ROOT,
      stdio: ['pipe', 'pipe', 'pipe'],
      env: { ...process.env, ECHO: '1' },
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stdin.end('go\n');
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect(code).toBe(0);
    expect(out).toBe(readFileSync(file, 'utf8'));
    expect(out.split('\n').filter(Boolean)).toHaveLength(3);
  });
});

describe('alert log options', () => {
  it('parses sizes like pino-roll', () => {
    expect(parseSize('10m', 'x')).toBe(10 * 1024 * 1024);
    expect(parseSize('500k', 'x')).toBe(500 * 1024);
    expect(parseSize(2, 'x')).toBe(2 * 1024 * 1024);
    expect(() => parseSize('ten', 'ALERT_LOG_MAX_SIZE')).toThrow(/ALERT_LOG_MAX_SIZE="ten".*Fix/);
  });

  it('reads ALERT_LOG and the rotation settings from the environment', () => {
    expect(alertLogOptionsFromEnv({})).toEqual({ file: 'logs/alerts.log', rotate: { size: '10m', keep: 7, frequency: 'daily' } });
    expect(alertLogOptionsFromEnv({ ALERT_LOG: '/data/a.log', ALERT_LOG_KEEP: '3', ALERT_LOG_ROTATE: 'hourly', ALERT_LOG_MAX_SIZE: '1m' })).toEqual({
      file: '/data/a.log',
      rotate: { size: '1m', keep: 3, frequency: 'hourly' },
    });
    expect(() => alertLogOptionsFromEnv({ ALERT_LOG_KEEP: '0' })).toThrow(/ALERT_LOG_KEEP/);
    expect(() => alertLogOptionsFromEnv({ ALERT_LOG_ROTATE: 'weekly' })).toThrow(/daily, hourly or off/);
  });
});
