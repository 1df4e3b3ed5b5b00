import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/worker-process.ts';

/** `npm run eval` as the team reads a held-out set: --summary shows the overall figures and nothing per claim. */
function evalCli(args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/eval.ts', '--corpus', 'test/fixtures/corpus-holdout', '--ids', '^en-', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('npm run eval', () => {
  it('--summary prints the overall figures and the targets only', () => {
    const r = evalCli(['--summary']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/contradiction \(article x claim\) P [\d.]+/);
    expect(r.stdout).toContain('Targets:');
    for (const hidden of ['Per claim', 'Stance confusion', 'Mistakes', 'third-of-army-to-border']) expect(r.stdout).not.toContain(hidden);
    const json = JSON.parse(evalCli(['--summary', '--json']).stdout);
    expect(json.contradiction.tp).toBeGreaterThan(0);
    expect(Object.keys(json)).not.toEqual(expect.arrayContaining(['perClaim']));
    expect(json.mistakes).toBeUndefined();
    expect(json.confusion).toBeUndefined();
  });

  it('prints per-claim figures by default and refuses --summary with --verbose', () => {
    const r = evalCli([]);
    expect(r.stdout).toContain('Per claim');
    expect(r.stdout).toContain('third-of-army-to-border');
    const both = evalCli(['--summary', '--verbose']);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('give one of them');
  });
});
