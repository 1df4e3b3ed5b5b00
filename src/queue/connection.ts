import { Cluster, Redis, type ClusterOptions, type RedisOptions } from 'ioredis';

/**
 * Either client: a single Redis (the default) or a Redis Cluster (`REDIS_CLUSTER=1`). Everything that
 * talks to Redis takes this type; both have the same commands, pipelines, MULTI and scripts. On a
 * cluster every key of one instance is in one slot (QUEUE_PREFIX carries a hash tag, checked by loadEnv),
 * so multi-key scripts, pipelines and transactions stay legal.
 */
export type RedisClient = Redis | Cluster;

type Role = 'worker' | 'producer';

/**
 * Workers need `maxRetriesPerRequest: null` (BullMQ blocks on Redis and must retry forever while it
 * reconnects); producers such as the CLI fail fast instead (`enableOfflineQueue: false`), so a user
 * without Redis gets an error, not a hang.
 */
export function createRedis(url: string, role: Role, extra: RedisOptions = {}): Redis {
  const options: RedisOptions =
    role === 'worker'
      ? { maxRetriesPerRequest: null, enableReadyCheck: true }
      : { maxRetriesPerRequest: 1, enableOfflineQueue: false, connectTimeout: 5000 };
  // Redis URLs carry host, port, user, password, database and TLS (rediss://).
  return new Redis(url, { ...options, ...extra, lazyConnect: true });
}

/**
 * A Redis Cluster client seeded with the one node REDIS_URL names (any node: the client reads the slot
 * map from it and follows MOVED / ASK, so a failover or a resharding needs no config change). The URL's
 * user, password and TLS (rediss://) apply to every node of the cluster.
 */
export function createCluster(url: string, role: Role): Cluster {
  const u = parseRedisUrl(url);
  const redisOptions: NonNullable<ClusterOptions['redisOptions']> = {
    ...(u.username ? { username: u.username } : {}),
    ...(u.password ? { password: u.password } : {}),
    // TLS to every node; the CA comes from NODE_EXTRA_CA_CERTS like for a single Redis.
    ...(u.tls ? { tls: {} } : {}),
    ...(role === 'worker' ? { maxRetriesPerRequest: null } : { maxRetriesPerRequest: 1, connectTimeout: 5000 }),
  };
  return new Cluster([{ host: u.host, port: u.port }], {
    lazyConnect: true,
    enableReadyCheck: true,
    enableOfflineQueue: role === 'worker',
    redisOptions,
    // Over TLS the seed keeps its host name (certificates name hosts, not the addresses they resolve to).
    ...(u.tls ? { dnsLookup: (address: string, callback: (err: null, address: string) => void) => callback(null, address) } : {}),
  });
}

/** The client REDIS_URL and REDIS_CLUSTER ask for. */
export function createRedisClient(env: { REDIS_URL: string; REDIS_CLUSTER: boolean }, role: Role): RedisClient {
  return env.REDIS_CLUSTER ? createCluster(env.REDIS_URL, role) : createRedis(env.REDIS_URL, role);
}

function parseRedisUrl(url: string): { host: string; port: number; username: string; password: string; tls: boolean } {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new Error(`REDIS_URL ${redactRedisUrl(url)} is not a URL. Fix: write it as redis://host:port or rediss://user:password@host:port`);
  }
  if (u.protocol !== 'redis:' && u.protocol !== 'rediss:') {
    throw new Error(`REDIS_URL ${redactRedisUrl(url)}: a cluster node is named by redis:// or rediss://, not ${u.protocol}//`);
  }
  const db = u.pathname.replace(/^\//, '');
  if (db !== '' && db !== '0') {
    throw new Error(`REDIS_URL ${redactRedisUrl(url)}: Redis Cluster has only database 0. Fix: drop "/${db}" from REDIS_URL`);
  }
  return {
    host: u.hostname.replace(/^\[(.*)\]$/, '$1') || '127.0.0.1',
    port: u.port ? Number(u.port) : 6379,
    username: decodeURIComponent(u.username),
    password: decodeURIComponent(u.password),
    tls: u.protocol === 'rediss:',
  };
}

/** The URL as logs may show it: the user and password part replaced by ***. */
export function redactRedisUrl(url: string): string {
  return url.replace(/\/\/([^@/]*)@/, '//***@');
}

/**
 * Connects, or throws a message that names the URL (without its password) and the fix. The first
 * connection error ends the attempt at once: at start-up a refused connection is a configuration
 * problem, not an outage to wait out (later outages are retried by ioredis).
 */
export async function connectRedis(redis: RedisClient, url: string, timeoutMs = 5000): Promise<void> {
  const safeUrl = redactRedisUrl(url);
  const cluster = redis instanceof Cluster;
  let timer: NodeJS.Timeout | undefined;
  let onError: ((err: Error) => void) | undefined;
  try {
    await Promise.race([
      redis.connect().then(() => redis.ping()),
      new Promise((_, reject) => {
        onError = reject;
        redis.once('error', onError);
        timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
      }),
    ]);
  } catch (err) {
    redis.disconnect();
    const why = (e: unknown) => ((e as Error).message || String(e)).replace(/\.+$/, '');
    // The cluster client says only "Connection is closed" when the seed refuses it (refused, WRONGPASS,
    // TLS): one plain connection to the seed tells why.
    let detail = (err as { lastNodeError?: Error }).lastNodeError;
    if (cluster && (!detail || /connection is closed/i.test(detail.message))) detail = (await probeSeed(url)) ?? detail;
    const reason = detail && why(detail) !== why(err) ? `${why(err)}: ${why(detail)}` : why(err);
    const fix = cluster
      ? 'Fix: set REDIS_URL to a node of the cluster (any one), or unset REDIS_CLUSTER for a single Redis'
      : 'Fix: start Redis or set REDIS_URL (e.g. redis://127.0.0.1:6379)';
    throw new Error(`cannot connect to Redis${cluster ? ' Cluster' : ''} at ${safeUrl}: ${reason}. ${fix}`);
  } finally {
    clearTimeout(timer);
    if (onError) redis.off('error', onError);
  }
}

/** The error a single connection to the URL's node meets, if any (used to explain a cluster failure). */
async function probeSeed(url: string): Promise<Error | undefined> {
  const probe = createRedis(url, 'producer', { retryStrategy: () => null, maxRetriesPerRequest: 0, connectTimeout: 2000 });
  let failure: Error | undefined;
  probe.on('error', (err: Error) => (failure ??= err));
  try {
    await probe.connect();
    await probe.ping();
  } catch (err) {
    failure ??= err as Error;
  } finally {
    probe.disconnect();
  }
  return failure;
}
