import { Command } from 'commander';
import { loadEnv } from '../config/env.ts';
import { formatDuration } from '../config/duration.ts';
import { loadSourcesFile } from '../config/sources-file.ts';
import { connectRedis, createRedisClient } from '../queue/connection.ts';
import { createSourceStateStore } from '../source-state/source-state.ts';

export function sourcesCommand(): Command {
  return new Command('sources')
    .description("print each source's health: last fetch, status, items, consecutive errors, backoff")
    .option('--json', 'print JSON lines')
    .action(async (opts: { json?: boolean }) => {
      const env = loadEnv();
      const sources = loadSourcesFile(env.SOURCES_FILE);
      const redis = createRedisClient(env, 'producer');
      await connectRedis(redis, env.REDIS_URL);
      try {
        const states = await createSourceStateStore(redis, env.QUEUE_PREFIX).list(sources.map((s) => s.id));
        const rows = sources.map((s, i) => ({ ...states[i]!, url: s.url, type: s.type, every: formatDuration(s.every), enabled: s.enabled }));
        if (opts.json) {
          for (const r of rows) process.stdout.write(`${JSON.stringify(r)}\n`);
          return;
        }
        const ago = (t: number | null) => (t ? `${formatDuration(Math.max(1000, Math.round((Date.now() - t) / 1000) * 1000))} ago` : '-');
        const table = rows.map((r) => ({
          id: r.id,
          type: r.type,
          every: r.every,
          state: r.enabled ? r.state : 'disabled',
          'last fetch': ago(r.lastFetchAt),
          status: r.lastStatus ?? '-',
          items: String(r.itemsFound),
          errors: String(r.consecutiveErrors),
          'backoff until': r.backoffUntil && r.backoffUntil > Date.now() ? new Date(r.backoffUntil).toISOString() : '-',
          'last error': r.lastError ? r.lastError.slice(0, 60) : '',
        }));
        process.stdout.write(renderTable(table));
      } finally {
        redis.disconnect();
      }
    });
}

export function renderTable(rows: Record<string, string>[]): string {
  if (rows.length === 0) return '(no sources)\n';
  const cols = Object.keys(rows[0]!);
  const width = cols.map((c) => Math.max(c.length, ...rows.map((r) => r[c]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(width[i]!)).join('  ').trimEnd();
  return [line(cols), line(width.map((w) => '-'.repeat(w))), ...rows.map((r) => line(cols.map((c) => r[c]!)))].join('\n') + '\n';
}
