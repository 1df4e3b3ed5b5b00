import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { readAlertLines, alertKey } from '../../test/support/alert-file.ts';
import type { GeneratedArticle } from '../../test/support/generated-news.ts';
import { pendingJobs } from '../../test/support/queue-state.ts';
import { waitFor } from '../../test/support/wait-for.ts';
import { commandCalls, commandDelta, load1, systemBusySeconds, memoryCensus, percentile, prefixMemory, processCpuSeconds, usedMemory, type MemoryCensus } from './load-measure.ts';
import { startLoadSite } from './load-site.ts';
import { ROOT, spawnWorker, waitForWorkers, type BenchWorker } from './load-workers.ts';

export interface PipelineOptions {
  redisUrl: string;
  prefix: string;
  workers: number;
  articles: GeneratedArticle[];
  feeds: number;
  /** Poll interval of every feed (a duration, e.g. 1s). */
  every: string;
  /** Virtual hosts the article pages are spread over (127.0.0.2 ...). */
  hosts: number;
  /** Worker environment on top of the defaults below. */
  env: Record<string, string>;
  /** Alert keys (origin stripped, see stripOrigin) a clean run gives, to check each is logged once. */
  expected?: Set<string> | null;
  /** Wait for seen-keys to expire and trim finished jobs afterwards, measuring Redis on the way. */
  trim?: { seenTtlMs: number } | null;
  log?: (line: string) => void;
  /** Where the alert log goes (default: the temp directory); on tmpfs its fsync costs nothing. */
  alertDir?: string;
  /** Extra node flags for the worker processes (e.g. --cpu-prof). */
  nodeArgs?: string[];
}

export interface PipelineFigures {
  workers: number;
  articles: number;
  seconds: number;
  articlesPerSecond: number;
  /** From publish to the first article page fetched: the poll delay. */
  firstFetchMs: number;
  latency: { count: number; p50: number; p99: number; max: number };
  alerts: { logged: number; expected: number | null; missing: number; doubled: number; unexpected: number };
  workerPeakRss: number[];
  /** Worker resident memory just before publishing (started, schedules synced, polling unchanged feeds). */
  workerIdleRss: number[];
  workerCpuSeconds: number[];
  /** CPU seconds of redis-server (NaN when it is not ours) and of this process (site + bench) during the run. */
  redisCpuSeconds: number;
  siteCpuSeconds: number;
  /** Redis commands run during the run, by command (INFO commandstats; commands inside scripts count too). */
  commands: [string, number][];
  /** CPU share (1 = one core) all workers use while only polling unchanged feeds. */
  idleCpuShare: number;
  /** Feed polls answered during the idle stretch, and the Redis commands they took. */
  idlePolls: { polls: number; seconds: number; commands: number };
  /** Feed polls answered during the run. */
  runPolls: number;
  /**
   * The run over time, sampled every ~250 ms: ms since publishing, pages fetched so far, and CPU seconds
   * used so far by the workers together, by redis-server and by this process (site + bench).
   */
  timeline: { ms: number; fetched: number; queued: number; wait: number; active: number; delayed: number; workerCpu: number; redisCpu: number; siteCpu: number; systemCpu: number }[];
  redis: {
    baseline: number;
    after: number;
    afterExpiry: number | null;
    afterTrim: number | null;
    prefixAfter: number;
    prefixAfterTrim: number | null;
    /** The largest key kinds under the prefix after the run, and after trimming. */
    kindsAfter: [string, { keys: number; bytes: number }][];
    kindsAfterTrim: [string, { keys: number; bytes: number }][] | null;
    /** Census at the baseline and after trimming (see memoryCensus). */
    censusBaseline: MemoryCensus;
    censusAfterTrim: MemoryCensus | null;
  };
  failedChecks: number;
  load: { before: number; after: number };
  problems: string[];
}

/**
 * (b) One run of the whole pipeline with `workers` processes: a loopback site with `feeds` feeds and the
 * articles spread over many virtual hosts; the workers start, poll the (empty) feeds once, then every
 * article appears in its feed at once. Ends when every page was fetched and the check queue is empty.
 */
export async function runPipeline(opts: PipelineOptions): Promise<PipelineFigures> {
  const log = opts.log ?? (() => undefined);
  const dir = mkdtempSync(path.join(tmpdir(), 'claimwatch-bench-'));
  const alertDir = opts.alertDir ? mkdtempSync(path.join(opts.alertDir, 'claimwatch-bench-alerts-')) : dir;
  const alertLog = path.join(alertDir, 'alerts.log');
  const site = await startLoadSite({ hosts: opts.hosts });
  const redis = new Redis(opts.redisUrl, { maxRetriesPerRequest: null });
  const workers: BenchWorker[] = [];
  try {
    const feedNames = Array.from({ length: opts.feeds }, (_, i) => `feed-${i}`);
    const sourcesFile = path.join(dir, 'sources.yaml');
    writeFileSync(sourcesFile, `sources:\n${feedNames.map((f, i) => `  - { id: ${f}, url: "${site.feedUrl(f, 1 + ((i * 7) % opts.hosts))}", type: feed, every: ${opts.every} }`).join('\n')}\n`);
    const placed = opts.articles.map((a, i) => ({ url: site.addArticle(a, 1 + (i % opts.hosts)), feed: feedNames[i % opts.feeds]! }));
    const pages = placed.map((p) => new URL(p.url).pathname);

    const env = {
      REDIS_URL: opts.redisUrl,
      QUEUE_PREFIX: opts.prefix,
      SOURCES_FILE: sourcesFile,
      CLAIMS_FILE: path.join(ROOT, 'config/claims.yaml'),
      ALERT_LOG: alertLog,
      ALLOW_PRIVATE_URLS: '1',
      LOG_LEVEL: 'warn',
      ...opts.env,
    };
    for (let i = 0; i < opts.workers; i++) workers.push(spawnWorker(env, opts.nodeArgs));
    await waitForWorkers(redis, opts.prefix, opts.workers, workers);
    await waitFor(() => feedNames.every((f) => (site.hits.get(`/feeds/${f}.xml`) ?? 0) > 0), {
      timeoutMs: 60_000,
      what: 'a first poll of every feed',
    });
    // What polling alone costs: worker CPU over an idle stretch (feeds unchanged, answered 304).
    const feedHits = () => [...site.hits].reduce((n, [p, c]) => n + (p.startsWith('/feeds/') ? c : 0), 0);
    const idleFrom = workers.map((w) => w.cpuSeconds() ?? 0);
    const idleCommandsFrom = await commandCalls(redis);
    const idlePollsFrom = feedHits();
    const idleStart = Date.now();
    await new Promise((r) => setTimeout(r, 3_000));
    const idleCpuShare = workers.reduce((n, w, i) => n + ((w.cpuSeconds() ?? 0) - idleFrom[i]!), 0) / ((Date.now() - idleStart) / 1000);
    const idlePolls = {
      polls: feedHits() - idlePollsFrom,
      seconds: (Date.now() - idleStart) / 1000,
      commands: commandDelta(idleCommandsFrom, await commandCalls(redis)).reduce((n, [, c]) => n + c, 0),
    };
    // The harness reads the check queue with BullMQ's own scripts (job counts, clean): run them once now, so
    // that the script cache they fill is in the baseline and the census shows what claimwatch left.
    // `skipMetasUpdate`: an observer Queue must not reset the queue's events cap (claimwatch sets 1,000).
    const check = new Queue('check', { connection: redis, prefix: opts.prefix, skipMetasUpdate: true });
    await pendingJobs(redis, opts.prefix, 'check');
    await check.getJobCounts('failed');
    await check.clean(0, 0, 'completed');
    const censusBaseline = await memoryCensus(redis, opts.prefix);
    const baseline = censusBaseline.used;
    const redisPid = Number((await redis.info('server')).match(/^process_id:(\d+)/m)?.[1]);
    const redisCpuBefore = processCpuSeconds(redisPid) ?? NaN;
    const commandsBefore = await commandCalls(redis);
    const monitorLines: string[] = [];
    const monitor = process.env.BENCH_MONITOR ? await redis.monitor() : null;
    monitor?.on('monitor', (_t: string, args: string[], source: string) => monitorLines.push(`${source.includes('lua') ? 'lua' : source.split(':')[1]} ${args.slice(0, 6).join(' ')}`));
    const siteCpuBefore = process.cpuUsage();
    const cpuBefore = workers.map((w) => w.cpuSeconds() ?? 0);
    const loadBefore = load1();
    const idleRss = workers.map((w) => w.memory()?.rss ?? NaN);

    log(`  ${opts.workers} worker(s) up; publishing ${placed.length} articles in ${opts.feeds} feeds`);
    const runPollsFrom = feedHits();
    const t0 = Date.now();
    const byFeed = new Map<string, string[]>();
    for (const p of placed) byFeed.set(p.feed, [...(byFeed.get(p.feed) ?? []), p.url]);
    for (const [feed, urls] of byFeed) site.publish(feed, urls);

    let firstFetchAt = 0;
    let lastReport = t0;
    const timeline: PipelineFigures['timeline'] = [];
    const systemCpuBefore = systemBusySeconds();
    // Check jobs queued so far: in any state (none is removed during the run: removeOnComplete keeps 5,000).
    const queuedJobs = async () => {
      const k = (s: string) => `${opts.prefix}:check:${s}`;
      const r = (await redis.multi().llen(k('wait')).llen(k('active')).zcard(k('delayed')).zcard(k('prioritized')).zcard(k('completed')).zcard(k('failed')).exec()) ?? [];
      const n = r.map(([, v]) => Number(v ?? 0));
      return { queued: n.reduce((a, b) => a + b, 0), wait: n[0]!, active: n[1]!, delayed: n[2]! };
    };
    const sample = (fetched: number, q: { queued: number; wait: number; active: number; delayed: number }) => {
      const u = process.cpuUsage(siteCpuBefore);
      timeline.push({
        ms: Date.now() - t0,
        fetched,
        ...q,
        workerCpu: workers.reduce((n, w, i) => n + (w.cpuSeconds() ?? 0) - cpuBefore[i]!, 0),
        redisCpu: (processCpuSeconds(redisPid) ?? NaN) - redisCpuBefore,
        siteCpu: (u.user + u.system) / 1e6,
        systemCpu: systemBusySeconds() - systemCpuBefore,
      });
    };
    sample(0, { queued: 0, wait: 0, active: 0, delayed: 0 });
    await waitFor(
      async () => {
        const fetched = pages.reduce((n, p) => n + (site.hits.has(p) ? 1 : 0), 0);
        if (!firstFetchAt && fetched > 0) firstFetchAt = Date.now();
        if (Date.now() - t0 - timeline.at(-1)!.ms >= 250) sample(fetched, await queuedJobs());
        if (Date.now() - lastReport > 5_000) {
          lastReport = Date.now();
          log(`  … ${fetched} of ${pages.length} pages fetched after ${((Date.now() - t0) / 1000).toFixed(0)} s`);
        }
        return fetched === pages.length && (await pendingJobs(redis, opts.prefix, 'check')) === 0;
      },
      { timeoutMs: 15 * 60_000, intervalMs: 50, what: 'every article to be checked' },
    );
    const t1 = Date.now();
    const runPolls = feedHits() - runPollsFrom;
    sample(pages.length, { queued: pages.length, wait: 0, active: 0, delayed: 0 });
    const loadAfter = load1();
    const cpu = workers.map((w, i) => (w.cpuSeconds() ?? 0) - cpuBefore[i]!);
    const redisCpu = (processCpuSeconds(redisPid) ?? NaN) - redisCpuBefore;
    const commands = commandDelta(commandsBefore, await commandCalls(redis));
    if (monitor) {
      monitor.disconnect();
      writeFileSync(process.env.BENCH_MONITOR!, monitorLines.join('\n'));
    }
    const siteUsage = process.cpuUsage(siteCpuBefore);
    const siteCpu = (siteUsage.user + siteUsage.system) / 1e6;
    const rss = workers.map((w) => w.memory()?.hwm ?? NaN);
    const after = await usedMemory(redis);
    const memAfter = await prefixMemory(redis, opts.prefix);
    const prefixAfter = memAfter.bytes;
    const top = (m: Map<string, { keys: number; bytes: number }>) => [...m].sort((a, b) => b[1].bytes - a[1].bytes).slice(0, 10);

    const failedChecks = (await check.getJobCounts('failed')).failed ?? 0;

    const lines = readAlertLines(alertLog);
    const latencies = lines
      .filter((l) => l.alert === 'new')
      .map((l) => l.time - (site.appearedAt.get(l.url) ?? NaN))
      .filter((n) => Number.isFinite(n))
      .sort((a, b) => a - b);
    const counts = new Map<string, number>();
    for (const l of lines) {
      const k = stripOrigin(alertKey(l));
      counts.set(k, (counts.get(k) ?? 0) + 1);
    }
    const expected = opts.expected ?? null;
    const alerts = {
      logged: lines.length,
      expected: expected ? expected.size : null,
      missing: expected ? [...expected].filter((k) => !counts.has(k)).length : 0,
      doubled: [...counts.values()].filter((n) => n > 1).length,
      unexpected: expected ? [...counts.keys()].filter((k) => !expected.has(k)).length : 0,
    };

    let afterExpiry: number | null = null;
    let afterTrim: number | null = null;
    let prefixAfterTrim: number | null = null;
    let kindsAfterTrim: [string, { keys: number; bytes: number }][] | null = null;
    let censusAfterTrim: MemoryCensus | null = null;
    if (opts.trim) {
      // Seen-keys, alert ids and fingerprints expire after SEEN_TTL (short in this run); wait them out.
      log(`  waiting ${Math.round(opts.trim.seenTtlMs / 1000)} s for seen-keys to expire`);
      await waitFor(async () => (await countKeys(redis, `${opts.prefix}:seen:*`)) === 0 && (await countKeys(redis, `${opts.prefix}:alert:*`)) === 0, {
        timeoutMs: opts.trim.seenTtlMs + 120_000,
        intervalMs: 1000,
        what: 'seen-keys to expire',
      });
      afterExpiry = await usedMemory(redis);
      // Finished check jobs leave by age (removeOnComplete.age, 1 h) as later jobs finish; do it now.
      await check.clean(0, 0, 'completed');
      // Redis shrinks its key tables and client buffers in its cron (10 times a second): let it, then look.
      await new Promise((r) => setTimeout(r, 3_000));
      censusAfterTrim = await memoryCensus(redis, opts.prefix);
      afterTrim = censusAfterTrim.used;
      prefixAfterTrim = censusAfterTrim.keyBytes;
      kindsAfterTrim = top(censusAfterTrim.byKind);
    }
    await check.close();

    const problems = workers.flatMap((w) => w.problems());
    const codes = await Promise.all(workers.map((w) => w.stop()));
    if (codes.some((c) => c !== 0)) problems.push(`worker exit codes: ${codes.join(', ')}`);
    workers.length = 0;

    const seconds = (t1 - t0) / 1000;
    return {
      workers: opts.workers,
      articles: pages.length,
      seconds,
      articlesPerSecond: pages.length / seconds,
      firstFetchMs: firstFetchAt - t0,
      latency: { count: latencies.length, p50: percentile(latencies, 50), p99: percentile(latencies, 99), max: latencies.at(-1) ?? NaN },
      alerts,
      workerPeakRss: rss,
      workerIdleRss: idleRss,
      workerCpuSeconds: cpu,
      idleCpuShare,
      idlePolls,
      runPolls,
      timeline,
      redisCpuSeconds: redisCpu,
      commands,
      siteCpuSeconds: siteCpu,
      redis: { baseline, after, afterExpiry, afterTrim, prefixAfter, prefixAfterTrim, kindsAfter: top(memAfter.byKind), kindsAfterTrim, censusBaseline, censusAfterTrim },
      failedChecks,
      load: { before: loadBefore, after: loadAfter },
      problems,
    };
  } finally {
    await Promise.all(workers.map((w) => w.stop()));
    redis.disconnect();
    await site.close();
    rmSync(dir, { recursive: true, force: true });
    if (alertDir !== dir) rmSync(alertDir, { recursive: true, force: true });
  }
}

/** "new http://127.0.0.9:4000/news/x.html" -> "new /news/x.html": runs differ only in their origins. */
export function stripOrigin(key: string): string {
  return key.replace(/^(\S+) https?:\/\/[^/]+/, '$1 ');
}

async function countKeys(redis: Redis, pattern: string): Promise<number> {
  let cursor = '0';
  let n = 0;
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', pattern, 'COUNT', 1000);
    n += keys.length;
    cursor = next;
  } while (cursor !== '0');
  return n;
}
