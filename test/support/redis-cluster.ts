import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Redis, type RedisOptions } from 'ioredis';
import { freePort } from './redis-server.ts';
import { waitFor } from './wait-for.ts';

/**
 * A throwaway Redis Cluster of the test's own: `masters` masters (and `replicas` replicas each; no
 * persistence) on free loopback ports, joined with `redis-cli --cluster create`. `ownerOf(key)` says which
 * node serves a key's hash slot, so a test can point REDIS_URL at the owner of a hash-tagged prefix, or
 * at another node. With `tls` every node serves TLS only (client and cluster bus); with `user` an ACL user
 * with a password is the only one (the default user is off), and every URL carries it.
 */
export interface RedisClusterNode {
  port: number;
  url: string;
}

export interface RedisCluster {
  nodes: RedisClusterNode[];
  /** What a client of the test's own needs besides the URL (the CA of a TLS cluster). */
  clientOptions: RedisOptions;
  /** The master that serves the key's slot now (after a failover: the promoted replica). */
  ownerOf(key: string): Promise<RedisClusterNode>;
  /** Kills one node at once (SIGKILL), as a crash would. */
  kill(port: number): void;
  dispose(): Promise<void>;
}

export interface RedisClusterOptions {
  masters?: number;
  replicas?: number;
  tls?: { cert: string; key: string; ca: string };
  user?: { name: string; password: string };
  /** cluster-node-timeout: how long a master may be unreachable before its replica takes over. */
  nodeTimeoutMs?: number;
}

export function redisClusterToolsInstalled(): boolean {
  const ok = (cmd: string) => spawnSync(cmd, ['--version'], { stdio: 'ignore' }).status === 0;
  return ok('redis-server') && ok('redis-cli');
}

export async function startRedisCluster(countOrOpts: number | RedisClusterOptions = 3): Promise<RedisCluster> {
  const opts = typeof countOrOpts === 'number' ? { masters: countOrOpts } : countOrOpts;
  const count = (opts.masters ?? 3) * (1 + (opts.replicas ?? 0));
  const dir = mkdtempSync(path.join(tmpdir(), 'claimwatch-cluster-'));
  const children = new Map<number, ChildProcess>();
  const nodes: RedisClusterNode[] = [];
  const auth = opts.user ? `${encodeURIComponent(opts.user.name)}:${encodeURIComponent(opts.user.password)}@` : '';
  const clientOptions: RedisOptions = opts.tls ? { tls: { ca: readFileSync(opts.tls.ca) } } : {};
  const cliAuth = [
    ...(opts.tls ? ['--tls', '--cacert', opts.tls.ca] : []),
    ...(opts.user ? ['--user', opts.user.name, '--pass', opts.user.password, '--no-auth-warning'] : []),
  ];
  try {
    for (let i = 0; i < count; i++) {
      const port = await freePort();
      // The bus port is named, not derived (port + 10000 may not exist for a high ephemeral port).
      const busPort = await freePort();
      const nodeDir = path.join(dir, String(port));
      spawnSync('mkdir', ['-p', nodeDir]);
      const listen = opts.tls
        ? ['--port', '0', '--tls-port', String(port), '--tls-cluster', 'yes', '--tls-replication', 'yes', '--tls-cert-file', opts.tls.cert, '--tls-key-file', opts.tls.key, '--tls-ca-cert-file', opts.tls.ca, '--tls-auth-clients', 'no']
        : ['--port', String(port)];
      const users = opts.user
        ? ['--user', 'default', 'off', '--user', opts.user.name, 'on', `>${opts.user.password}`, '~*', '&*', '+@all', '--masteruser', opts.user.name, '--masterauth', opts.user.password]
        : [];
      const args = [
        ...listen,
        '--bind', '127.0.0.1', '--cluster-enabled', 'yes', '--cluster-port', String(busPort), '--cluster-config-file', 'nodes.conf',
        '--cluster-node-timeout', String(opts.nodeTimeoutMs ?? 15_000), '--save', '', '--appendonly', 'no', '--dir', nodeDir, ...users,
      ];
      children.set(port, spawn('redis-server', args, { stdio: 'ignore' }));
      nodes.push({ port, url: `${opts.tls ? 'rediss' : 'redis'}://${auth}127.0.0.1:${port}` });
    }
    for (const n of nodes) await waitFor(() => ping(n.url, clientOptions), { timeoutMs: 10_000, what: `cluster node ${n.port}` });
    const create = spawnSync(
      'redis-cli',
      [...cliAuth, '--cluster', 'create', ...nodes.map((n) => `127.0.0.1:${n.port}`), '--cluster-replicas', String(opts.replicas ?? 0), '--cluster-yes'],
      { encoding: 'utf8' },
    );
    if (create.status !== 0) throw new Error(`redis-cli --cluster create failed:\n${create.stdout}\n${create.stderr}`);
    for (const n of nodes) {
      await waitFor(async () => /cluster_state:ok/.test(String(await call(n.url, clientOptions, ['CLUSTER', 'INFO']))), {
        timeoutMs: 20_000,
        what: `cluster state ok on ${n.port}`,
      });
    }
  } catch (err) {
    for (const c of children.values()) c.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
    throw err;
  }
  const alive = () => nodes.filter((n) => children.get(n.port)?.exitCode === null && children.get(n.port)?.signalCode === null);
  return {
    nodes,
    clientOptions,
    async ownerOf(key) {
      const ask = alive()[0]!;
      const slot = Number(await call(ask.url, clientOptions, ['CLUSTER', 'KEYSLOT', key]));
      const ranges = (await call(ask.url, clientOptions, ['CLUSTER', 'SLOTS'])) as [number, number, [string, number]][];
      const range = ranges.find(([from, to]) => slot >= from && slot <= to);
      if (!range) throw new Error(`no node serves slot ${slot}`);
      const port = Number(range[2][1]);
      return nodes.find((n) => n.port === port)!;
    },
    kill(port) {
      children.get(port)?.kill('SIGKILL');
    },
    async dispose() {
      await Promise.all(
        [...children.values()].map(
          (c) => new Promise<void>((resolve) => (c.exitCode !== null || c.signalCode !== null ? resolve() : (c.once('exit', () => resolve()), c.kill('SIGTERM')))),
        ),
      );
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function call(url: string, options: RedisOptions, args: string[]): Promise<unknown> {
  const r = new Redis(url, { ...options, lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
  r.on('error', () => undefined);
  try {
    await r.connect();
    return await r.call(args[0]!, ...args.slice(1));
  } finally {
    r.disconnect();
  }
}

async function ping(url: string, options: RedisOptions): Promise<boolean> {
  return (await call(url, options, ['PING']).catch(() => null)) === 'PONG';
}
