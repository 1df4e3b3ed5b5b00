import { afterAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { parseFncStances } from '../../scripts/lib/fnc-csv.ts';

const run = promisify(execFile);
const root = resolve(import.meta.dirname, '../..');
const fx = (name: string) => resolve(root, 'test/fixtures/fnc', name);
const dir = mkdtempSync(join(tmpdir(), 'cw-fnc-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function evalFnc(args: string[]) {
  return run(process.execPath, ['--import', 'tsx', 'scripts/eval-fnc1.ts', ...args], { cwd: root });
}

describe('eval-fnc1 command', () => {
  it('writes one prediction per pair and prints the score for a labelled file', async () => {
    const out = join(dir, 'pred.csv');
    const { stdout } = await evalFnc(['--stances', fx('stances.csv'), '--bodies', fx('bodies.csv'), '--out', out, '--split', 'all', '--predictor', 'learned']);
    const preds = parseFncStances(readFileSync(out, 'utf8'), out);
    const gold = parseFncStances(readFileSync(fx('stances.csv'), 'utf8'), 'stances.csv');
    expect(preds.map((p) => [p.headline, p.bodyId])).toEqual(gold.map((g) => [g.headline, g.bodyId]));
    expect(preds.every((p) => p.stance !== null)).toBe(true);
    expect(stdout).toContain('split: all pairs (no split); 4 bodies');
    expect(stdout).toMatch(/FNC score: [\d.]+ \/ 4\.50 = [\d.]+%/);
    expect(stdout).toMatch(/macro-F1: \d\.\d{3}/);
    // the two off-topic pairs (squid vs bank rates and back) must not be called related
    const byKey = new Map(preds.map((p) => [`${p.headline}|${p.bodyId}`, p.stance]));
    expect(byKey.get('Giant squid washes up on beach|31')).toBe('unrelated');
    expect(byKey.get('Bank raises rates, "again"|7')).toBe('unrelated');
  }, 60_000);

  it('runs the rule engine by default, on the whole of a file other than the training one', async () => {
    const out = join(dir, 'pred-engine.csv');
    const { stdout } = await evalFnc(['--stances', fx('stances.csv'), '--bodies', fx('bodies.csv'), '--out', out]);
    expect(stdout).toMatch(/^predictor: engine/m);
    expect(stdout).toContain('split: all pairs (no split); 4 bodies');
    expect(parseFncStances(readFileSync(out, 'utf8'), out)).toHaveLength(6);
  }, 60_000);

  it('prints JSON figures with --json', async () => {
    const out = join(dir, 'pred-json.csv');
    const { stdout } = await evalFnc(['--stances', fx('stances.csv'), '--bodies', fx('bodies.csv'), '--out', out, '--split', 'all', '--predictor', 'learned', '--json']);
    const j = JSON.parse(stdout) as { pairs: number; score: { max: number; perClass: Record<string, { support: number }> } };
    expect(j.pairs).toBe(6);
    expect(j.score.max).toBe(4.5);
    expect(j.score.perClass['unrelated']!.support).toBe(2);
  }, 60_000);

  it('writes predictions only when the stances file has no labels', async () => {
    const out = join(dir, 'pred-unlabelled.csv');
    const { stdout } = await evalFnc(['--stances', fx('stances-unlabelled.csv'), '--bodies', fx('bodies.csv'), '--out', out, '--split', 'all', '--predictor', 'learned']);
    expect(stdout).toContain('no gold labels in the stances file: predictions only');
    expect(parseFncStances(readFileSync(out, 'utf8'), out)).toHaveLength(2);
  }, 60_000);

  it('fails with the file and row on a bad label', async () => {
    await expect(
      evalFnc(['--stances', fx('stances-bad-label.csv'), '--bodies', fx('bodies.csv'), '--out', join(dir, 'x.csv'), '--split', 'all', '--predictor', 'learned']),
    ).rejects.toMatchObject({ stderr: expect.stringMatching(/stances-bad-label\.csv row 2: unknown stance "refutes"/) });
  }, 60_000);
});
