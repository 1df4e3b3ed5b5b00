import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { waitFor } from '../../test/support/wait-for.ts';
import { processCpuSeconds, processMemory } from './load-measure.ts';

export const ROOT = path.resolve(import.meta.dirname, '../..');

export interface BenchWorker {
  child: ChildProcess;
  pid: number;
  /** Lines the worker wrote to stdout (alert echoes and logs), counted, not kept. */
  lines(): number;
  /** stderr and warn/error lines, kept for the report. */
  problems(): string[];
  memory(): { hwm: number; rss: number } | null;
  cpuSeconds(): number | null;
  stop(): Promise<number | null>;
}

/**
 * The node flags `npm start` and the Docker image start the worker with: a 512 MB old-space cap, which
 * also makes V8 grow the heap ~1.4x between full collections instead of up to 4x (the default cap is
 * sized from the machine's memory): peak RSS of one busy worker 205-209 MB instead of 262-342 MB.
 */
export const WORKER_NODE_FLAGS = ['--max-old-space-size=512'];

/** Starts `claimwatch start` as its own process, as a user would (`npm start`); stdout is counted and dropped. */
export function spawnWorker(env: Record<string, string>, nodeArgs: string[] = []): BenchWorker {
  const child = spawn(process.execPath, [...WORKER_NODE_FLAGS, ...nodeArgs, '--import', 'tsx', 'src/cli/main.ts', 'start'], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let lines = 0;
  const problems: string[] = [];
  let partial = '';
  child.stdout!.on('data', (d: Buffer) => {
    const text = partial + d.toString('utf8');
    const parts = text.split('\n');
    partial = parts.pop() ?? '';
    for (const l of parts) {
      lines++;
      // Operational warnings and errors (pino level >= 40) are worth showing; alert lines are level 30.
      if (/^\{"level":(4|5|6)0,/.test(l) && problems.length < 50) problems.push(l.slice(0, 300));
    }
  });
  child.stderr!.on('data', (d: Buffer) => problems.length < 50 && problems.push(d.toString('utf8').slice(0, 300)));
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return {
    child,
    pid: child.pid!,
    lines: () => lines,
    problems: () => problems,
    memory: () => processMemory(child.pid!),
    cpuSeconds: () => processCpuSeconds(child.pid!),
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      return exit;
    },
  };
}

/** Waits until `count` workers serve the check queue (BullMQ names its worker connections). */
export async function waitForWorkers(redis: Redis, prefix: string, count: number, workers: BenchWorker[]): Promise<void> {
  const q = new Queue('check', { connection: redis, prefix, skipMetasUpdate: true });
  try {
    await waitFor(
      async () => {
        const dead = workers.find((w) => w.child.exitCode !== null);
        if (dead) throw new Error(`a worker exited during start-up: ${dead.problems().join('\n')}`);
        return (await q.getWorkersCount()) >= count;
      },
      { timeoutMs: 60_000, intervalMs: 100, what: `${count} workers to start` },
    );
  } finally {
    await q.close();
  }
}
