import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Redis, type RedisOptions } from 'ioredis';
import { waitFor } from './wait-for.ts';

/**
 * A redis-server of the test's own, on a free port, without persistence (`--save "" --appendonly no`),
 * so a test may stop and restart it. `stop({ save: true })` is `SHUTDOWN SAVE`: the data set is written
 * once to the server's own directory and loaded again by `start()`, like a maintained Redis that restarts
 * with its data; `stop({ save: false })` loses everything, like a Redis without persistence.
 */
export interface RedisServer {
  port: number;
  /** `redis://127.0.0.1:<port>`, or `rediss://<user>:<password>@127.0.0.1:<port>` with TLS and a user. */
  url: string;
  /** What a client of the test's own needs besides the URL (the CA of a TLS server). */
  clientOptions: RedisOptions;
  running(): boolean;
  start(): Promise<void>;
  stop(opts?: { save?: boolean }): Promise<void>;
  /** Stops it for good and removes its directory. */
  dispose(): Promise<void>;
}

export function redisServerInstalled(): boolean {
  return spawnSync('redis-server', ['--version'], { stdio: 'ignore' }).status === 0;
}

export async function freePort(): Promise<number> {
  const srv = createServer();
  await new Promise<void>((resolve) => srv.listen(0, '127.0.0.1', resolve));
  const port = (srv.address() as { port: number }).port;
  await new Promise<void>((resolve) => srv.close(() => resolve()));
  return port;
}

export interface RedisServerOptions {
  /** Serve TLS only (PEM files), as a managed Redis would. */
  tls?: { cert: string; key: string; ca: string };
  /** An ACL user with a password; the default user is turned off. */
  user?: { name: string; password: string };
}

export async function startRedisServer(opts: RedisServerOptions = {}): Promise<RedisServer> {
  const port = await freePort();
  const dir = mkdtempSync(path.join(tmpdir(), 'claimwatch-redis-'));
  const auth = opts.user ? `${encodeURIComponent(opts.user.name)}:${encodeURIComponent(opts.user.password)}@` : '';
  const url = `${opts.tls ? 'rediss' : 'redis'}://${auth}127.0.0.1:${port}`;
  const clientOptions: RedisOptions = opts.tls ? { tls: { ca: readFileSync(opts.tls.ca) } } : {};
  const listen = opts.tls
    ? ['--port', '0', '--tls-port', String(port), '--tls-cert-file', opts.tls.cert, '--tls-key-file', opts.tls.key, '--tls-ca-cert-file', opts.tls.ca, '--tls-auth-clients', 'no']
    : ['--port', String(port)];
  const users = opts.user ? ['--user', 'default', 'off', '--user', opts.user.name, 'on', `>${opts.user.password}`, '~*', '&*', '+@all'] : [];
  let child: ChildProcess | null = null;
  let exited: Promise<void> = Promise.resolve();

  async function start() {
    if (child) return;
    const p = spawn(
      'redis-server',
      [...listen, '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir, '--dbfilename', 'dump.rdb', '--logfile', '', ...users],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    child = p;
    let log = '';
    p.stdout!.on('data', (d) => (log += d));
    p.stderr!.on('data', (d) => (log += d));
    exited = new Promise<void>((resolve) => p.on('exit', () => resolve()));
    p.on('exit', () => {
      if (child === p) child = null;
    });
    await waitFor(
      async () => {
        if (!child) throw new Error(`redis-server exited:\n${log}`);
        const probe = new Redis(url, { ...clientOptions, lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
        probe.on('error', () => undefined); // refused until the server listens: that is what we poll for
        try {
          await probe.connect();
          return (await probe.ping()) === 'PONG';
        } finally {
          probe.disconnect();
        }
      },
      { timeoutMs: 10_000, what: `redis-server on port ${port}` },
    );
  }

  async function stop(opts: { save?: boolean } = {}) {
    if (!child) return;
    const done = exited;
    const admin = new Redis(url, { ...clientOptions, lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
    admin.on('error', () => undefined);
    try {
      await admin.connect();
      // SHUTDOWN closes the connection without a reply.
      await admin.call('SHUTDOWN', opts.save ? 'SAVE' : 'NOSAVE').catch(() => undefined);
    } catch {
      child?.kill('SIGKILL');
    } finally {
      admin.disconnect();
    }
    await done;
  }

  await start();
  return {
    port,
    url,
    clientOptions,
    running: () => child !== null,
    start,
    stop,
    async dispose() {
      await stop({ save: false });
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
