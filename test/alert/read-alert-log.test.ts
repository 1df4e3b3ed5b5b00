import { appendFileSync, cpSync, mkdtempSync, rmSync, truncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAlertLog } from '../../src/alert/alert-log.ts';
import {
  AlertLogMissingError,
  followAlerts,
  matchesQuery,
  parseAlertLine,
  readAlerts,
  type AlertRecord,
} from '../../src/alert/read-alert-log.ts';
import type { ContradictionAlert } from '../../src/alert/types.ts';

const FIXTURE_DIR = path.join(import.meta.dirname, '../fixtures/alert/log');
const FIXTURE = path.join(FIXTURE_DIR, 'alerts.jsonl');

function contradiction(id: string, evidence = 'Some 15,000 soldiers were moved.'): ContradictionAlert {
  return {
    alert: 'contradiction',
    id,
    url: `https://example.org/${id}`,
    title: `Title ${id}`,
    source: 'belsat-en',
    claim: '1100-troops-30-miles',
    evidence,
    reason: 'count 15,000 vs claimed about 1,100',
    confidence: 0.8,
  };
}

describe('readAlerts on the fixture log (rotated files, torn and invalid lines)', () => {
  it('reads every file oldest first and skips bad lines with a warning each', async () => {
    const { alerts, warnings, position } = await readAlerts(FIXTURE);
    expect(alerts.map((a) => a.id)).toEqual([
      'a1f0c2d3e4b5a6c7',
      'a1f0c2d3e4b5a6c7-1100-troops-30-miles',
      'b2e1d0c9f8a7b6c5',
      'b2e1d0c9f8a7b6c5-gomel-mazyr-directions', // recovered from behind a torn line
      'c3d2e1f0a9b8c7d6',
      'c3d2e1f0a9b8c7d6-third-of-army-to-border',
    ]);
    expect(warnings).toHaveLength(5);
    expect(warnings[0]).toMatch(/alerts\.2026-08-21\.1\.jsonl:2: torn start of line skipped/);
    expect(warnings[1]).toMatch(/:3: not valid JSON/);
    expect(warnings[2]).toMatch(/:4: not an alert line/);
    expect(warnings[3]).toMatch(/:5: invalid alert \(url:/);
    expect(warnings[4]).toMatch(/alerts\.jsonl:3: incomplete last line/);
    // follow mode would resume after the last complete line
    expect(position?.offset).toBeGreaterThan(0);
    const first = alerts[0]!;
    expect(first).toMatchObject({ alert: 'new', source: 'belsat-en', msg: 'new report', publishedAt: '2026-08-20T08:30:00Z' });
    expect(first.time).toBe(Date.parse('2026-08-20T10:00:00Z'));
  });

  it('filters by kind, claim, source and time', async () => {
    const ids = async (query: Parameters<typeof matchesQuery>[1]) => (await readAlerts(FIXTURE, { query })).alerts.map((a) => a.id);
    expect(await ids({ kind: 'contradiction' })).toEqual([
      'a1f0c2d3e4b5a6c7-1100-troops-30-miles',
      'b2e1d0c9f8a7b6c5-gomel-mazyr-directions',
      'c3d2e1f0a9b8c7d6-third-of-army-to-border',
    ]);
    // a claim matches its contradictions and the new reports that cite it
    expect(await ids({ claim: 'third-of-army-to-border' })).toEqual([
      'a1f0c2d3e4b5a6c7',
      'c3d2e1f0a9b8c7d6',
      'c3d2e1f0a9b8c7d6-third-of-army-to-border',
    ]);
    expect(await ids({ claim: 'kyiv-warns-minsk' })).toEqual(['b2e1d0c9f8a7b6c5']);
    expect(await ids({ source: 'zerkalo', kind: 'new' })).toEqual(['b2e1d0c9f8a7b6c5']);
    expect(await ids({ since: Date.parse('2026-08-21T09:00:00.001Z') })).toEqual([
      'b2e1d0c9f8a7b6c5-gomel-mazyr-directions',
      'c3d2e1f0a9b8c7d6',
      'c3d2e1f0a9b8c7d6-third-of-army-to-border',
    ]);
  });

  it('can leave the rotated files out', async () => {
    const { alerts } = await readAlerts(FIXTURE, { rotated: false });
    expect(alerts.map((a) => a.source)).toEqual(['manual', 'manual']);
  });
});

describe('parseAlertLine', () => {
  it('never throws, whatever the line', () => {
    for (const line of ['', '{', 'null', '[]', '{"alert":"new"}', '{"alert":"other","id":"x"}', '\u0000\u0001', '{"level":30']) {
      const parsed = parseAlertLine(line);
      expect(parsed.alert).toBeUndefined();
      expect(parsed.warning).toBeTruthy();
    }
  });
});

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'cw-read-alerts-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('readAlerts errors', () => {
  it('throws a typed error naming the path when there is no log at all', async () => {
    const missing = path.join(dir, 'alerts.log');
    await expect(readAlerts(missing)).rejects.toBeInstanceOf(AlertLogMissingError);
    await expect(readAlerts(missing)).rejects.toThrow(missing);
  });

  it('reads rotated files when the current file is gone', async () => {
    cpSync(FIXTURE_DIR, dir, { recursive: true });
    rmSync(path.join(dir, 'alerts.jsonl'));
    const { alerts, position } = await readAlerts(path.join(dir, 'alerts.jsonl'));
    expect(alerts).toHaveLength(4);
    expect(position).toBeNull();
  });
});

describe('followAlerts', () => {
  it('yields alerts appended after the read, across rotations and a truncation, then stops on abort', { timeout: 30_000 }, async () => {
    const file = path.join(dir, 'alerts.log');
    const log = createAlertLog({ file, stdout: false, rotate: { size: '1k', keep: 20 } });
    log.write(contradiction('before'), 'contradiction');
    const read = await readAlerts(file);
    expect(read.alerts.map((a) => a.id)).toEqual(['before']);

    const stop = new AbortController();
    const warnings: string[] = [];
    const it = followAlerts(file, { from: read.position, signal: stop.signal, pollMs: 10, onWarning: (w) => warnings.push(w) });
    const next = async (): Promise<AlertRecord> => {
      const r = await it.next();
      if (r.done) throw new Error('follow ended early');
      return r.value;
    };

    log.write(contradiction('after-1'), 'contradiction'); // written before the first poll: must not be missed
    expect((await next()).id).toBe('after-1');

    // written in pairs with no poll in between: with ~300-byte lines (3 a file) the first of a pair is
    // sometimes still unread in the file that gets renamed; with ~600-byte lines (1 a file) the first one's
    // file is rotated away before the follower ever opened it
    const ids = Array.from({ length: 24 }, (_, i) => `rotating-${i}`);
    const seen: string[] = [];
    for (let i = 0; i < ids.length; i += 2) {
      const evidence = 'x'.repeat(i < 12 ? 30 : 300);
      log.write(contradiction(ids[i]!, evidence), 'contradiction');
      log.write(contradiction(ids[i + 1]!, evidence), 'contradiction');
      seen.push((await next()).id, (await next()).id);
    }
    expect(seen).toEqual(ids);

    // a torn line in the current file is reported and skipped; the next good line still arrives
    appendFileSync(file, 'garbage\n');
    log.write(contradiction('after-garbage'), 'contradiction');
    expect((await next()).id).toBe('after-garbage');
    expect(warnings.some((w) => w.includes('not valid JSON'))).toBe(true);

    truncateSync(file, 0);
    log.write(contradiction('after-truncate'), 'contradiction');
    expect((await next()).id).toBe('after-truncate');

    stop.abort();
    expect((await it.next()).done).toBe(true);
    await log.close();
  });

  it('waits for a log that does not exist yet and reads it from its start', { timeout: 30_000 }, async () => {
    const file = path.join(dir, 'later', 'alerts.log');
    const stop = new AbortController();
    const it = followAlerts(file, { from: null, signal: stop.signal, pollMs: 10, query: { kind: 'contradiction' } });
    const pending = it.next();
    const log = createAlertLog({ file, stdout: false });
    log.write(contradiction('first'), 'contradiction');
    const r = await pending;
    expect(r.done ? null : r.value.id).toBe('first');
    stop.abort();
    await it.return(undefined);
    await log.close();
  });
});
