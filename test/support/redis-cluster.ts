import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Redis } from 'ioredis';
import { freePort } from './redis-server.ts';
import { waitFor } from './wait-for.ts';

/**
 * A throwaway Redis Cluster of the test's own: `nodes` masters (no replicas, no persistence) on free
 * loopback ports, joined with `redis-cli --cluster create`. `ownerOf(key)` says which node serves a key's
 * hash slot, so a test can point REDIS_URL at the owner of a hash-tagged prefix, or at another node.
 */
export interface RedisCluster {
  nodes: { port: number; url: string }[];
  ownerOf(key: string): Promise<{ port: number; url: string }>;
  dispose(): Promise<void>;
}

export function redisClusterToolsInstalled(): boolean {
  const ok = (cmd: string) => spawnSync(cmd, ['--version'], { stdio: 'ignore' }).status === 0;
  return ok('redis-server') && ok('redis-cli');
}

export async function startRedisCluster(count = 3): Promise<RedisCluster> {
  const dir = mkdtempSync(path.join(tmpdir(), 'claimwatch-cluster-'));
  const children: ChildProcess[] = [];
  const nodes: { port: number; url: string }[] = [];
  try {
    for (let i = 0; i < count; i++) {
      const port = await freePort();
      const nodeDir = path.join(dir, String(port));
      spawnSync('mkdir', ['-p', nodeDir]);
      children.push(
        spawn(
          'redis-server',
          ['--port', String(port), '--bind', '127.0.0.1', '--cluster-enabled', 'yes', '--cluster-config-file', 'nodes.conf', '--save', '', '--appendonly', 'no', '--dir', nodeDir],
          { stdio: 'ignore' },
        ),
      );
      nodes.push({ port, url: `redis://127.0.0.1:${port}` });
    }
    for (const n of nodes) await waitFor(() => ping(n.url), { timeoutMs: 10_000, what: `cluster node ${n.port}` });
    const create = spawnSync('redis-cli', ['--cluster', 'create', ...nodes.map((n) => `127.0.0.1:${n.port}`), '--cluster-replicas', '0', '--cluster-yes'], {
      encoding: 'utf8',
    });
    if (create.status !== 0) throw new Error(`redis-cli --cluster create failed:\n${create.stdout}\n${create.stderr}`);
    for (const n of nodes) {
      await waitFor(async () => /cluster_state:ok/.test(String(await call(n.url, ['CLUSTER', 'INFO']))), { timeoutMs: 20_000, what: `cluster state ok on ${n.port}` });
    }
  } catch (err) {
    for (const c of children) c.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
    throw err;
  }
  return {
    nodes,
    async ownerOf(key) {
      const slot = Number(await call(nodes[0]!.url, ['CLUSTER', 'KEYSLOT', key]));
      const ranges = (await call(nodes[0]!.url, ['CLUSTER', 'SLOTS'])) as [number, number, [string, number]][];
      const range = ranges.find(([from, to]) => slot >= from && slot <= to);
      if (!range) throw new Error(`no node serves slot ${slot}`);
      const port = Number(range[2][1]);
      return nodes.find((n) => n.port === port)!;
    },
    async dispose() {
      await Promise.all(children.map((c) => new Promise<void>((resolve) => (c.exitCode !== null ? resolve() : (c.once('exit', () => resolve()), c.kill('SIGTERM'))))));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function call(url: string, args: string[]): Promise<unknown> {
  const r = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
  r.on('error', () => undefined);
  try {
    await r.connect();
    return await r.call(args[0]!, ...args.slice(1));
  } finally {
    r.disconnect();
  }
}

async function ping(url: string): Promise<boolean> {
  return (await call(url, ['PING']).catch(() => null)) === 'PONG';
}
