import { describe, expect, it } from 'vitest';
import { createScenario } from '../support/generated-scenario.ts';
import { redisServerInstalled, startRedisServer } from '../support/redis-server.ts';
import { waitFor } from '../support/wait-for.ts';
import { startWorkerProcess } from '../support/worker-process.ts';

const installed = redisServerInstalled();
if (!installed) process.stderr.write('sigterm-redis-down.test.ts: SKIPPED, redis-server is not installed (apt-get install redis-server)\n');

/**
 * SIGTERM while Redis is down: closing BullMQ's connections can then wait forever (a blocking client left
 * reconnecting), but the process still ends, with exit code 0, shortly after its grace period.
 */
describe.skipIf(!installed)('SIGTERM while Redis is down', () => {
  it('exits 0 within the grace period plus the hard-stop margin', async () => {
    const redis = await startRedisServer();
    const t = await createScenario({ label: 'sigdown', feeds: ['desk'], hosts: 2, redisUrl: redis.url, env: { SHUTDOWN_GRACE: '1s' } });
    const w = await startWorkerProcess(t.env);
    try {
      const feed = new URL(t.feedUrls.get('desk')!).pathname;
      await waitFor(() => (t.site.hits.get(feed) ?? 0) > 0, { what: 'a first poll' });
      await redis.stop({ save: false });
      await waitFor(() => w.output().includes('lost the connection to Redis'), { what: 'the worker to notice the outage' });
      const exited = w.stop('SIGTERM');
      // grace 1 s + hard-stop margin 3 s, and room for a loaded machine; a hang would never settle.
      const code = await Promise.race([exited, new Promise<'hung'>((r) => setTimeout(() => r('hung'), 15_000).unref())]);
      expect(code).toBe(0);
    } finally {
      await w.stop('SIGKILL');
      await redis.start().catch(() => undefined);
      await t.cleanup();
      await redis.dispose();
    }
  }, 60_000);
});
