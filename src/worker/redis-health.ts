import { Cluster, type Redis } from 'ioredis';
import type { RedisClient } from '../queue/connection.ts';
import type { Logger } from 'pino';
import { redactRedisUrl } from '../queue/connection.ts';

/**
 * Logs a Redis outage once when it starts and once when it ends, instead of once per failed command;
 * ioredis reconnects by itself and BullMQ resumes when it does.
 */
export function watchRedisHealth(redis: RedisClient, logger: Logger, url: string, onRecovered?: () => void) {
  let downSince: number | null = null;
  const safeUrl = redactRedisUrl(url);
  const onError = (err: Error) => {
    if (downSince === null) {
      downSince = Date.now();
      logger.error({ redis: safeUrl, err: err.message }, 'lost the connection to Redis; reconnecting (jobs pause meanwhile)');
    }
  };
  const onClose = () => {
    if (downSince === null && redis.status !== 'end') {
      downSince = Date.now();
      logger.error({ redis: safeUrl }, 'lost the connection to Redis; reconnecting (jobs pause meanwhile)');
    }
  };
  const onReady = () => {
    if (downSince !== null) {
      logger.warn({ redis: safeUrl, downMs: Date.now() - downSince }, 'reconnected to Redis; work resumes');
      downSince = null;
      onRecovered?.();
    }
  };
  redis.on('error', onError);
  redis.on('close', onClose);
  redis.on('ready', onReady);
  // A cluster stays up while one node fails (commands for its slots wait for the failover): said once
  // per node, not once per command.
  const cluster = redis instanceof Cluster ? redis : null;
  const nodeName = (node: Redis) => `${node.options.host}:${node.options.port}`;
  const lastSaid = new Map<string, number>();
  const onceAMinute = (node: string, say: () => void) => {
    if (Date.now() - (lastSaid.get(node) ?? 0) < 60_000) return;
    lastSaid.set(node, Date.now());
    say();
  };
  // The client drops a failed node and tries it again at every slot-map refresh: one line a minute.
  const onNodeLeft = (node: Redis) =>
    onceAMinute(nodeName(node), () => logger.warn({ redis: safeUrl, node: nodeName(node) }, 'a Redis Cluster node left (failed or moved); commands for its slots wait for the slot map to change'));
  const onNodeJoined = (node: Redis) => logger.debug({ redis: safeUrl, node: nodeName(node) }, 'connected to a Redis Cluster node');
  const onNodeError = (err: Error, node: string) =>
    onceAMinute(node, () => logger.warn({ redis: safeUrl, node, err: err.message }, 'a Redis Cluster node fails; commands for its slots wait for a failover'));
  cluster?.on('-node', onNodeLeft);
  cluster?.on('+node', onNodeJoined);
  cluster?.on('node error', onNodeError);
  return {
    isDown: () => downSince !== null,
    stop() {
      redis.off('error', onError);
      redis.off('close', onClose);
      redis.off('ready', onReady);
      cluster?.off('-node', onNodeLeft);
      cluster?.off('+node', onNodeJoined);
      cluster?.off('node error', onNodeError);
    },
  };
}
