import { Cluster, Redis } from 'ioredis';
import { describe, expect, it } from 'vitest';
import { createCluster, createRedisClient, redactRedisUrl } from '../../src/queue/connection.ts';
import { hasHashTag } from '../../src/queue/keys.ts';

describe('Redis connection', () => {
  it('REDIS_CLUSTER picks the cluster client', () => {
    const single = createRedisClient({ REDIS_URL: 'redis://127.0.0.1:6379', REDIS_CLUSTER: false }, 'producer');
    const cluster = createRedisClient({ REDIS_URL: 'redis://127.0.0.1:6379', REDIS_CLUSTER: true }, 'producer');
    expect(single).toBeInstanceOf(Redis);
    expect(cluster).toBeInstanceOf(Cluster);
    single.disconnect();
    cluster.disconnect();
  });

  it('the seed URL gives every node its user, password and TLS; workers retry forever, producers fail fast', () => {
    const worker = createCluster('rediss://ops:p%40ss@redis.example:6380', 'worker');
    expect(worker.options.redisOptions).toMatchObject({ username: 'ops', password: 'p@ss', tls: {}, maxRetriesPerRequest: null });
    expect(worker.options.enableOfflineQueue).toBe(true);
    expect(worker.options.lazyConnect).toBe(true);
    const producer = createCluster('redis://10.0.0.5', 'producer');
    expect(producer.options.redisOptions).toMatchObject({ maxRetriesPerRequest: 1 });
    expect(producer.options.redisOptions).not.toHaveProperty('password');
    expect(producer.options.redisOptions).not.toHaveProperty('tls');
    expect(producer.options.enableOfflineQueue).toBe(false);
    worker.disconnect();
    producer.disconnect();
  });

  it('a cluster has only database 0; the error does not show the password', () => {
    expect(() => createCluster('redis://u:hunter2@127.0.0.1:7000/2', 'worker')).toThrow(/only database 0.*drop "\/2"/);
    expect(() => createCluster('redis://u:hunter2@127.0.0.1:7000/2', 'worker')).not.toThrow(/hunter2/);
    expect(() => createCluster('redis://127.0.0.1:7000/0', 'worker').disconnect()).not.toThrow();
  });

  it('hash tags: a non-empty {...} in the prefix', () => {
    expect(hasHashTag('{claimwatch}')).toBe(true);
    expect(hasHashTag('prod-{cw}-a')).toBe(true);
    expect(hasHashTag('claimwatch')).toBe(false);
    expect(hasHashTag('{}claimwatch')).toBe(false);
    expect(hasHashTag('{claimwatch')).toBe(false);
    expect(hasHashTag('}cw{')).toBe(false);
  });

  it('redacts the user and password', () => {
    expect(redactRedisUrl('rediss://u:p@h:1/0')).toBe('rediss://***@h:1/0');
  });
});
