import { spawn } from 'node:child_process';
import { ROOT } from './worker-process.ts';

/**
 * Runs the CLI as its own process with a deadline: a command that should end (a failed start) but hangs
 * is killed at the deadline and reported as `timedOut`, so the test fails with a reason instead of
 * hanging until vitest's timeout.
 */
export function runCliWithin(
  args: string[],
  env: Record<string, string>,
  deadlineMs: number,
): Promise<{ code: number | null; stdout: string; stderr: string; timedOut: boolean; ms: number }> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, deadlineMs);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, timedOut, ms: Date.now() - started });
    });
  });
}
