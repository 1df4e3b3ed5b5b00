import { spawn } from 'node:child_process';
import { appendFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAlertLog } from '../../src/alert/alert-log.ts';
import type { ContradictionAlert } from '../../src/alert/types.ts';
import { waitFor } from '../support/wait-for.ts';
import { ROOT } from '../support/worker-process.ts';

const FIXTURE = path.join(ROOT, 'test/fixtures/alert/log/alerts.jsonl');
const ENTRY = 'src/cli/alerts-command.ts';

/** Runs `claimwatch alerts` as a user would, stdout piped (so never coloured). */
function alerts(args: string[], env: Record<string, string> = {}, entry: string[] = [ENTRY]) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', ...entry, ...args], {
      cwd: ROOT,
      env: { ...process.env, NO_COLOR: '', FORCE_COLOR: undefined, ALERT_LOG: FIXTURE, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}
const ids = (jsonl: string) =>
  jsonl
    .split('\n')
    .filter(Boolean)
    .map((l) => (JSON.parse(l) as { id: string }).id);

describe('claimwatch alerts', () => {
  it('prints every alert newest first as readable blocks, uncoloured when piped, warnings on stderr', async () => {
    const { code, stdout, stderr } = await alerts([]);
    expect(code).toBe(0);
    expect(stdout).not.toMatch(/\x1b\[/);
    const heads = stdout.split('\n').filter((l) => /^(NEW|CONTRADICTION) /.test(l));
    expect(heads.map((h) => h.replace(/ \(\d+[smhd] ago\)/, ''))).toEqual([
      'CONTRADICTION  2026-08-22 12:00:00Z  Half of Belarus army on the border, Kyiv says',
      'NEW  2026-08-22 12:00:00Z  Half of Belarus army on the border, Kyiv says',
      'CONTRADICTION  2026-08-21 09:00:00Z  Войска не направлялись к Гомелю',
      'NEW  2026-08-21 09:00:00Z  Войска не направлялись к Гомелю',
      'CONTRADICTION  2026-08-20 10:00:00Z  Opposition counts 15,000 troops at the border',
      'NEW  2026-08-20 10:00:00Z  Opposition counts 15,000 troops at the border',
    ]);
    expect(stdout).toContain('  evidence    “Никакие войска к Гомелю не направлялись.”');
    expect(stdout).toContain('  url         https://kyivindependent.com/belarus-half');
    expect(stderr.match(/^warning: /gm)).toHaveLength(5);
  });

  it('--json prints one JSON line per alert with the log fields', async () => {
    const { code, stdout } = await alerts(['--json']);
    expect(code).toBe(0);
    const first = JSON.parse(stdout.split('\n')[0]!);
    expect(first).toMatchObject({ alert: 'contradiction', claim: 'third-of-army-to-border', source: 'manual', msg: 'contradiction' });
    expect(ids(stdout)).toHaveLength(6);
  });

  it('filters by --kind, --claim, --source, --since and --limit', async () => {
    const run = async (...args: string[]) => {
      const r = await alerts(['--json', ...args]);
      expect(r.code, r.stderr).toBe(0);
      return ids(r.stdout);
    };
    expect(await run('--kind', 'contradiction', '--limit', '2')).toEqual([
      'c3d2e1f0a9b8c7d6-third-of-army-to-border',
      'b2e1d0c9f8a7b6c5-gomel-mazyr-directions',
    ]);
    expect(await run('--claim', '1100-troops-30-miles')).toEqual(['a1f0c2d3e4b5a6c7-1100-troops-30-miles', 'a1f0c2d3e4b5a6c7']);
    expect(await run('--source', 'zerkalo', '--kind', 'new')).toEqual(['b2e1d0c9f8a7b6c5']);
    expect(await run('--since', '2026-08-22')).toEqual(['c3d2e1f0a9b8c7d6-third-of-army-to-border', 'c3d2e1f0a9b8c7d6']);
    expect(await run('--since', '2026-08-21T09:00:00.001Z', '--kind', 'new')).toEqual(['c3d2e1f0a9b8c7d6']);
    expect(await run('--claim', 'no-such-claim')).toEqual([]);
  });

  it('reads --file over ALERT_LOG, and --since takes a duration', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'cw-alerts-cli-'));
    try {
      const file = path.join(dir, 'alerts.log');
      const log = createAlertLog({ file, stdout: false });
      log.write(contradiction('recent'), 'contradiction');
      await log.close();
      const old = { level: 30, time: Date.now() - 3 * 3600_000, msg: 'contradiction', ...contradiction('three-hours-old') };
      appendFileSync(file, `${JSON.stringify(old)}\n`);
      expect(ids((await alerts(['--json', '--file', file])).stdout)).toEqual(['recent', 'three-hours-old']);
      expect(ids((await alerts(['--json', '--file', file, '--since', '2h'])).stdout)).toEqual(['recent']);
      expect(ids((await alerts(['--json', '--since', '4h'], { ALERT_LOG: file })).stdout)).toEqual(['recent', 'three-hours-old']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('exits 2 on usage errors, with a message', async () => {
    for (const args of [['--kind', 'old'], ['--limit', '0'], ['--limit', 'ten'], ['--since', 'yesterday'], ['--bogus'], ['extra-arg']]) {
      const r = await alerts(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/error: /);
      expect(r.stdout).toBe('');
    }
  });

  it('exits 1 with the path when there is no log, and 0 for --help', async () => {
    const r = await alerts(['--file', '/nonexistent/alerts.log']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('no alert log at /nonexistent/alerts.log');
    const help = await alerts(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--follow');
  });

  it('runs the same through the claimwatch bin, with the same exit codes', async () => {
    const bin = ['src/cli/main.ts', 'alerts'];
    const ok = await alerts(['--json', '--kind', 'new', '--limit', '1'], {}, bin);
    expect(ok.code, ok.stderr).toBe(0);
    expect(ids(ok.stdout)).toEqual(['c3d2e1f0a9b8c7d6']);
    expect((await alerts(['--kind', 'old'], {}, bin)).code).toBe(2);
    expect((await alerts(['--file', '/nonexistent/alerts.log'], {}, bin)).code).toBe(1);
  });

  describe('--follow', () => {
    let dir: string;
    beforeAll(() => {
      dir = mkdtempSync(path.join(tmpdir(), 'cw-alerts-follow-'));
    });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('prints the last alerts, then new ones as they are logged, until SIGINT', async () => {
      const file = path.join(dir, 'alerts.log');
      const log = createAlertLog({ file, stdout: false });
      for (let i = 0; i < 3; i++) log.write(contradiction(`old-${i}`), 'contradiction');
      const child = spawn(process.execPath, ['--import', 'tsx', ENTRY, '--follow', '--json', '--limit', '2', '--kind', 'contradiction', '--file', file], {
        cwd: ROOT,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let out = '';
      child.stdout.on('data', (d) => (out += d));
      const exit = new Promise<number | null>((resolve) => child.on('close', resolve));
      try {
        await waitFor(() => ids(out).length === 2, { what: 'the backlog' });
        expect(ids(out)).toEqual(['old-1', 'old-2']); // in time order, as tail -f
        log.write(contradiction('live-1'), 'contradiction');
        log.write({ ...contradiction('filtered-out'), alert: 'new', supports: [], contradicts: [], discusses: [], facts: [], relevance: 1, reasons: [] } as never, 'new');
        log.write(contradiction('live-2'), 'contradiction');
        await waitFor(() => ids(out).length === 4, { what: 'the live alerts' });
        expect(ids(out)).toEqual(['old-1', 'old-2', 'live-1', 'live-2']);
      } finally {
        child.kill('SIGINT');
        await log.close();
      }
      expect(await exit).toBe(0);
    });
  });
});

function contradiction(id: string): ContradictionAlert {
  return {
    alert: 'contradiction',
    id,
    url: `https://example.org/${id}`,
    title: `Title ${id}`,
    source: 'belsat-en',
    claim: '1100-troops-30-miles',
    evidence: 'Some 15,000 soldiers were moved.',
    reason: 'count 15,000 vs claimed about 1,100',
    confidence: 0.8,
  };
}
