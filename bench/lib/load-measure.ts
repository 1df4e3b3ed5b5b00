import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import type { Redis } from 'ioredis';

/** `INFO memory` used_memory, in bytes. */
export async function usedMemory(redis: Redis): Promise<number> {
  const info = await redis.info('memory');
  const m = info.match(/^used_memory:(\d+)/m);
  if (!m) throw new Error('INFO memory has no used_memory line');
  return Number(m[1]);
}

/**
 * Where Redis memory is, for a before/after comparison: `used_memory` split as INFO memory splits it
 * (clients' buffers, the Lua script cache, the key dictionaries' own tables, the rest of the fixed
 * overhead) plus the keys themselves by kind (MEMORY USAGE summed over the prefix).
 */
export interface MemoryCensus {
  used: number;
  clients: number;
  scripts: number;
  scriptCount: number;
  /** Key dictionaries (main and expires hash tables) and other overhead past start-up, clients and scripts. */
  dictionaries: number;
  /** used_memory - overhead: what the keys take as Redis counts it. */
  dataset: number;
  keys: number;
  keyBytes: number;
  byKind: Map<string, { keys: number; bytes: number }>;
}

export async function memoryCensus(redis: Redis, prefix: string): Promise<MemoryCensus> {
  const field = (info: string, name: string) => Number(info.match(new RegExp(`^${name}:(\\d+)`, 'm'))?.[1] ?? 0);
  const mem = await prefixMemory(redis, prefix);
  const info = await redis.info('memory');
  const used = field(info, 'used_memory');
  const overhead = field(info, 'used_memory_overhead');
  const startup = field(info, 'used_memory_startup');
  const clients = field(info, 'mem_clients_normal') + field(info, 'mem_clients_slaves');
  const scripts = field(info, 'used_memory_scripts_eval') + field(info, 'used_memory_functions');
  return {
    used,
    clients,
    scripts,
    scriptCount: field(info, 'number_of_cached_scripts'),
    dictionaries: Math.max(0, overhead - startup - clients - scripts),
    dataset: field(info, 'used_memory_dataset'),
    keys: mem.keys,
    keyBytes: mem.bytes,
    byKind: mem.byKind,
  };
}

/** Lines comparing two censuses: each component and each key kind that changed, largest change first. */
export function censusDiff(before: MemoryCensus, after: MemoryCensus): string[] {
  const kb = (n: number) => `${n >= 0 ? '+' : ''}${(n / 1024).toFixed(1)} KB`;
  const row = (name: string, a: number, b: number, extra = '') => `${name.padEnd(22)} ${mb(a).padStart(9)} -> ${mb(b).padStart(9)} (${kb(b - a)})${extra}`;
  const out = [
    row('used_memory', before.used, after.used),
    row('  client buffers', before.clients, after.clients),
    row('  Lua script cache', before.scripts, after.scripts, `; ${before.scriptCount} -> ${after.scriptCount} scripts`),
    row('  key dictionaries', before.dictionaries, after.dictionaries),
    row('  keys (MEMORY USAGE)', before.keyBytes, after.keyBytes, `; ${before.keys} -> ${after.keys} keys`),
  ];
  const kinds = new Set([...before.byKind.keys(), ...after.byKind.keys()]);
  const changes = [...kinds]
    .map((k) => ({ k, a: before.byKind.get(k) ?? { keys: 0, bytes: 0 }, b: after.byKind.get(k) ?? { keys: 0, bytes: 0 } }))
    .filter((c) => c.a.bytes !== c.b.bytes || c.a.keys !== c.b.keys)
    .sort((x, y) => Math.abs(y.b.bytes - y.a.bytes) - Math.abs(x.b.bytes - x.a.bytes));
  for (const c of changes.slice(0, 12)) out.push(`    ${c.k.padEnd(18)} ${String(c.a.keys).padStart(5)} -> ${String(c.b.keys).padStart(5)} keys ${kb(c.b.bytes - c.a.bytes).padStart(11)}`);
  return out;
}

/** Keys under the prefix and the sum of their MEMORY USAGE: what the prefix itself holds. */
export async function prefixMemory(redis: Redis, prefix: string): Promise<{ keys: number; bytes: number; byKind: Map<string, { keys: number; bytes: number }> }> {
  let cursor = '0';
  let keys = 0;
  let bytes = 0;
  const byKind = new Map<string, { keys: number; bytes: number }>();
  do {
    const [next, batch] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
    cursor = next;
    if (!batch.length) continue;
    const pipe = redis.pipeline();
    for (const k of batch) pipe.call('MEMORY', 'USAGE', k, 'SAMPLES', '0');
    const res = (await pipe.exec()) ?? [];
    batch.forEach((k, i) => {
      const n = Number(res[i]?.[1] ?? 0);
      keys++;
      bytes += n;
      const kind = keyKind(k.slice(prefix.length + 1));
      const e = byKind.get(kind) ?? { keys: 0, bytes: 0 };
      e.keys++;
      e.bytes += n;
      byKind.set(kind, e);
    });
  } while (cursor !== '0');
  return { keys, bytes, byKind };
}

/**
 * Groups a key (without the prefix) by what it is: BullMQ's job hashes ("check:job", "poll:job"), a
 * scheduler ("poll:scheduler"), a queue structure ("check:completed"), or claimwatch's own ("seen:url").
 */
function keyKind(rest: string): string {
  const parts = rest.split(':');
  const [head, second] = parts;
  if (head === 'poll' || head === 'check') {
    if (second && /^(a|m)-/.test(second)) return `${head}:job`;
    if (second === 'repeat') return parts.length === 2 ? `${head}:repeat` : parts.length === 3 ? `${head}:scheduler` : `${head}:job`;
    return `${head}:${second}`;
  }
  return parts.slice(0, 2).join(':');
}

/** VmHWM (peak resident set) and VmRSS of a process, in bytes; null once it has exited. */
export function processMemory(pid: number): { hwm: number; rss: number } | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (name: string) => Number(status.match(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm'))?.[1] ?? NaN) * 1024;
    return { hwm: kb('VmHWM'), rss: kb('VmRSS') };
  } catch {
    return null;
  }
}

/** CPU seconds (user + system) a process has used so far; null once it has exited. */
export function processCpuSeconds(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // utime and stime are fields 14 and 15 of /proc/<pid>/stat (1-based), in clock ticks (100 Hz on Linux).
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}

export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i]!;
}

/** The 1-minute load average: other processes on the machine colour every figure measured here. */
export const load1 = () => loadavg()[0]!;

export const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** `INFO commandstats`: calls per command (lower case), e.g. {evalsha: 1200, set: 800}. */
export async function commandCalls(redis: Redis): Promise<Map<string, number>> {
  const info = await redis.info('commandstats');
  const out = new Map<string, number>();
  for (const m of info.matchAll(/^cmdstat_([^:]+):calls=(\d+)/gm)) out.set(m[1]!, Number(m[2]));
  return out;
}

/** Calls per command between two commandstats snapshots, largest first (the snapshot commands themselves excluded). */
export function commandDelta(before: Map<string, number>, after: Map<string, number>): [string, number][] {
  return [...after]
    .map(([k, v]) => [k, v - (before.get(k) ?? 0)] as [string, number])
    .filter(([k, v]) => v > 0 && k !== 'info')
    .sort((a, b) => b[1] - a[1]);
}

/**
 * How much slower memory-bound work gets when both cores are busy: the same random-access loop over 16 MB
 * (cache misses, like parsing and garbage collection do) run in one process, then in two at once. The ratio
 * of CPU seconds is what a second worker pays per unit of work on this machine, whatever the code: shared
 * cache and memory bandwidth (and other tenants of the host). A pure arithmetic loop is the control.
 */
export async function coreContention(): Promise<{ memory: number; arithmetic: number }> {
  const memoryLoop = `const a=new Float64Array(1<<21);let x=0;const t=process.cpuUsage();for(let r=0;r<120;r++)for(let i=0;i<a.length;i++){a[i]=a[(i*7919)&(a.length-1)]*0.5+i;x+=a[i]}const u=process.cpuUsage(t);process.stdout.write(String((u.user+u.system)/1e6+(x>0?0:1)))`;
  const aluLoop = `let h=1;const t=process.cpuUsage();for(let i=0;i<4e8;i++){h=Math.imul(h^i,2654435761)>>>0}const u=process.cpuUsage(t);process.stdout.write(String((u.user+u.system)/1e6+(h>0?0:1)))`;
  const run = (code: string) =>
    new Promise<number>((resolve, reject) => {
      execFile(process.execPath, ['-e', code], (err, out) => (err ? reject(err) : resolve(Number(out))));
    });
  const ratio = async (code: string) => {
    const alone = await run(code);
    const both = await Promise.all([run(code), run(code)]);
    return (both[0]! + both[1]!) / 2 / alone;
  };
  return { memory: await ratio(memoryLoop), arithmetic: await ratio(aluLoop) };
}

/** CPU seconds all cores have spent busy so far (user, nice, system, irq, softirq, steal), from /proc/stat. */
export function systemBusySeconds(): number {
  try {
    const cpu = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
    // user nice system idle iowait irq softirq steal ...
    return ((cpu[0] ?? 0) + (cpu[1] ?? 0) + (cpu[2] ?? 0) + (cpu[5] ?? 0) + (cpu[6] ?? 0) + (cpu[7] ?? 0)) / 100;
  } catch {
    return NaN;
  }
}
