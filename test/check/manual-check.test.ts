import { Worker } from 'bullmq';
import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { NoWorkerError, queueManualChecks, waitForManualCheck } from '../../src/check/manual-check.ts';
import { CHECK_QUEUE } from '../../src/queue/queue-names.ts';
import { createCheckEvents, createQueues } from '../../src/queue/queues.ts';
import { REDIS_URL, removePrefix, uniquePrefix } from '../support/redis-prefix.ts';

describe('waitForManualCheck', () => {
  const prefix = uniquePrefix('manual');
  // Events read from another prefix never arrive: the stand-in for an event trimmed from the capped stream.
  const silentPrefix = uniquePrefix('manual-silent');
  const connection = new Redis(REDIS_URL, { maxRetriesPerRequest: null });
  const queues = createQueues(connection, prefix);
  const silentEvents = createCheckEvents(new Redis(REDIS_URL, { maxRetriesPerRequest: null }), silentPrefix);

  afterAll(async () => {
    await silentEvents.close();
    await queues.close();
    connection.disconnect();
    await removePrefix(prefix);
    await removePrefix(silentPrefix);
  });

  it('reports a check that finished even when its finish event never reaches the reader', async () => {
    const [id] = await queueManualChecks(queues, ['https://news.example/a']);
    const worker = new Worker(CHECK_QUEUE, async (job) => ({ checked: job.data.url }), { connection: connection.duplicate(), prefix });
    try {
      const status = await waitForManualCheck(queues, silentEvents, id!, 30_000);
      expect(status).toMatchObject({ id, state: 'completed', url: 'https://news.example/a', result: { checked: 'https://news.example/a' } });
    } finally {
      await worker.close();
    }
  });

  it('says that no worker took the check when none is running', async () => {
    const [id] = await queueManualChecks(queues, ['https://news.example/b']);
    await expect(waitForManualCheck(queues, silentEvents, id!, 1_500)).rejects.toThrow(NoWorkerError);
    await expect(waitForManualCheck(queues, silentEvents, id!, 1_500)).rejects.toThrow(/no worker took the check of https:\/\/news\.example\/b/);
  });
});
