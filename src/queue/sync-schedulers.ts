import type { Queue } from 'bullmq';
import type { Source } from '../config/sources-file.ts';
import { POLL_SOURCE_JOB } from './queue-names.ts';
import type { PollSourceData } from './queues.ts';

export interface SyncReport {
  added: string[];
  updated: string[];
  removed: string[];
  unchanged: string[];
}

/**
 * Makes the poll queue's job schedulers match the sources file. Upserts are idempotent per scheduler
 * id (the source id), so several workers starting at once converge on one schedule per source.
 */
export async function syncSchedulers(queue: Queue<PollSourceData>, sources: Source[]): Promise<SyncReport> {
  const report: SyncReport = { added: [], updated: [], removed: [], unchanged: [] };
  const wanted = new Map(sources.filter((s) => s.enabled).map((s) => [s.id, s]));
  const existing = await listSchedulers(queue);

  for (const [id, source] of wanted) {
    const current = existing.get(id);
    if (current && current.every === source.every) {
      report.unchanged.push(id);
      continue;
    }
    await queue.upsertJobScheduler(
      id,
      { every: source.every },
      { name: POLL_SOURCE_JOB, data: { sourceId: id } },
    );
    (current ? report.updated : report.added).push(id);
  }
  for (const id of existing.keys()) {
    if (!wanted.has(id)) {
      await queue.removeJobScheduler(id);
      report.removed.push(id);
    }
  }
  return report;
}

async function listSchedulers(queue: Queue<PollSourceData>): Promise<Map<string, { every?: number }>> {
  const out = new Map<string, { every?: number }>();
  const pageSize = 1000;
  for (let start = 0; ; start += pageSize) {
    const page = await queue.getJobSchedulers(start, start + pageSize - 1, true);
    for (const s of page) out.set(s.key, { every: s.every });
    if (page.length < pageSize) break;
  }
  return out;
}
