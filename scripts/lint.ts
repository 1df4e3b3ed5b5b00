import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * House-style checks that the type checker does not make (ESLint's TypeScript plugin does not support
 * TypeScript 7 yet): a file does one thing and is named for it; no focused or skipped tests; no stray
 * console output in the worker's code; no bare sleeps in tests.
 */
const root = path.resolve(import.meta.dirname, '..');
const problems: string[] = [];
const MAX_LINES = 600;

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    if (name === 'node_modules' || name === 'fixtures' || name.startsWith('.')) return [];
    return statSync(p).isDirectory() ? walk(p) : p.endsWith('.ts') ? [p] : [];
  });
}

for (const file of ['src', 'jobs', 'test', 'bench', 'scripts'].flatMap((d) => walk(path.join(root, d)))) {
  const rel = path.relative(root, file);
  const text = readFileSync(file, 'utf8');
  const lines = text.split('\n');
  if (/(^|\/)(utils?|helpers?|misc|common)\.ts$/.test(rel)) problems.push(`${rel}: name the file for what it does, not "${path.basename(rel)}"`);
  if (lines.length > MAX_LINES) problems.push(`${rel}: ${lines.length} lines; split it (at most ${MAX_LINES})`);
  lines.forEach((line, i) => {
    const at = `${rel}:${i + 1}`;
    if (/\b(describe|it|test)\.(only|skip)\(/.test(line)) problems.push(`${at}: focused or skipped test`);
    if ((rel.startsWith('src/') || rel.startsWith('jobs/')) && !rel.startsWith('src/cli/') && /\bconsole\.(log|error|warn|info)\(/.test(line)) {
      problems.push(`${at}: use the logger, not console`);
    }
    if (rel.startsWith('test/') && /setTimeout\(\s*r(esolve)?\s*,\s*\d+\s*\)\s*\)\s*;?\s*$/.test(line) && !rel.endsWith('wait-for.ts')) {
      problems.push(`${at}: bare sleep in a test; wait on an event or use waitFor()`);
    }
    if (/from '\.{1,2}\/[^']*(?<!\.ts|\.js|\.json)'/.test(line)) problems.push(`${at}: relative import without its .ts extension`);
  });
}

if (problems.length) {
  process.stderr.write(problems.map((p) => `lint: ${p}`).join('\n') + `\n${problems.length} problem(s)\n`);
  process.exitCode = 1;
} else process.stdout.write('lint: ok\n');
