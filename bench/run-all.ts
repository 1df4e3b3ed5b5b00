import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

/**
 * `npm run bench`: each benchmark in its own process (so one's heap and JIT state do not colour the
 * next), one after the other, each printing claimwatch beside its peer and the floor as ratios.
 */
const benches = ['extract.ts', 'match.ts', 'fetch.ts'];
const only = process.argv.slice(2);
let failed = 0;
for (const file of benches) {
  if (only.length && !only.some((o) => file.startsWith(o))) continue;
  const script = path.join(import.meta.dirname, file);
  if (!existsSync(script)) continue;
  process.stdout.write(`\n=== bench/${file} ===\n`);
  const res = spawnSync(process.execPath, ['--import', 'tsx', '--expose-gc', script], { stdio: 'inherit' });
  if (res.status !== 0) failed++;
}
process.exitCode = failed ? 1 : 0;
