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
  return {
    isDown: () => downSince !== null,
    stop() {
      redis.off('error', onError);
      redis.off('close', onClose);
      redis.off('ready', onReady);
    },
  };
}
