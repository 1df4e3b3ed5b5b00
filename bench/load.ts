/**
 * `npm run bench:load`: claimwatch under load, on loopback, as users run it (worker processes started with
 * `claimwatch start`, a Redis of the bench's own so no other client colours its memory figures).
 *   (a) N sources scheduled: config validation and scheduler sync time, Redis memory per source;
 *   (b) M generated ~800-word articles (relevant and irrelevant) through poll -> fetch -> extract -> match
 *       -> alert with 1, 2 and 3 worker processes: articles/s, latency from the item appearing in its feed
 *       to its alert (p50, p99), worker peak RSS, Redis memory before / after / after trimming, scaling.
 * `npm run bench:load -- [--sources 10000] [--articles 5000] [--workers 1,2,3] [--feeds 100] [--every 1s] [--hosts 250]
 *   [--concurrency 32] [--host-concurrency 4] [--host-interval 50ms] [--seen-ttl 30s] [--log-level warn]
 *   [--no-verify] [--no-trim] [--skip-schedulers] [--rounds 1] [--profile DIR (worker CPU profiles)]
 *   [--worker-node-args=--max-semi-space-size=8 (node flags for the worker processes)]
 *   [--alert-dir DIR (e.g. /dev/shm: the alert log's fsync then costs nothing, to see what it costs)]`
 * BENCH_MONITOR=FILE writes every Redis command of the run (MONITOR; "lua" marks those run by scripts) to FILE.
 */
import { cpus } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parseDuration } from '../src/config/duration.ts';
import { createAlertOracle } from '../test/support/expected-alerts.ts';
import { articleHtml, generateArticle, kindFor, type GeneratedArticle } from '../test/support/generated-news.ts';
import { redisServerInstalled, startRedisServer, type RedisServer } from '../test/support/redis-server.ts';
import { removeKeysUnder } from '../test/support/redis-keys.ts';
import { REDIS_URL } from '../test/support/redis-prefix.ts';
import { censusDiff, coreContention, load1, mb } from './lib/load-measure.ts';
import { runPipeline, stripOrigin, type PipelineFigures } from './lib/load-pipeline.ts';
import { measureSchedulers } from './lib/load-schedulers.ts';
import { ROOT } from './lib/load-workers.ts';

const { values } = parseArgs({
  options: {
    sources: { type: 'string', default: '10000' },
    articles: { type: 'string', default: '5000' },
    workers: { type: 'string', default: '1,2,3' },
    feeds: { type: 'string', default: '100' },
    every: { type: 'string', default: '1s' },
    hosts: { type: 'string', default: '250' },
    concurrency: { type: 'string', default: '32' },
    'host-concurrency': { type: 'string', default: '4' },
    'host-interval': { type: 'string', default: '50ms' },
    'log-level': { type: 'string', default: 'warn' },
    'seen-ttl': { type: 'string', default: '30s' },
    rounds: { type: 'string', default: '1' },
    profile: { type: 'string' },
    'worker-node-args': { type: 'string' },
    'alert-dir': { type: 'string' },
    'no-verify': { type: 'boolean', default: false },
    'no-trim': { type: 'boolean', default: false },
    'skip-schedulers': { type: 'boolean', default: false },
  },
});
const sourceCount = Number(values.sources);
const articleCount = Number(values.articles);
const workerCounts = values.workers.split(',').map(Number);
const rounds = Math.max(1, Number(values.rounds));
const seenTtlMs = parseDuration(values['seen-ttl']);
if (seenTtlMs === null) throw new Error(`--seen-ttl ${values['seen-ttl']}: not a duration (e.g. 30s)`);
const say = (line: string) => process.stdout.write(`${line}\n`);

/**
 * Fresh Redis per measurement: a redis-server of our own when installed; else the shared REDIS_URL, with
 * the measurement's prefix emptied before and after.
 */
async function withRedis<T>(prefix: string, fn: (url: string) => Promise<T>): Promise<T> {
  const server: RedisServer | null = redisServerInstalled() ? await startRedisServer() : null;
  if (!server) await removeKeysUnder(REDIS_URL, prefix);
  try {
    return await fn(server?.url ?? REDIS_URL);
  } finally {
    if (server) await server.dispose();
    else await removeKeysUnder(REDIS_URL, prefix);
  }
}

say(`claimwatch bench:load — ${cpus().length} cores (${cpus()[0]?.model ?? '?'}), Node ${process.version}, load average ${load1().toFixed(1)}`);
{
  const c = await coreContention();
  say(`two busy processes at once: memory-bound work takes ${c.memory.toFixed(2)}x the CPU time it takes alone, arithmetic ${c.arithmetic.toFixed(2)}x (the ceiling a second worker starts from)`);
}
if (!redisServerInstalled()) say(`redis-server not installed: using ${REDIS_URL} (memory figures include other clients)`);

// (a) Schedules.
if (!values['skip-schedulers']) {
  say(`\n(a) ${sourceCount} sources scheduled`);
  const f = await withRedis('bench-schedulers', (url) => measureSchedulers(url, 'bench-schedulers', sourceCount));
  const delta = f.usedAfter - f.usedBefore;
  say(`  sources file validated:         ${f.parseMs.toFixed(0)} ms`);
  say(`  schedulers synced (first start): ${f.firstSyncMs.toFixed(0)} ms (${((f.firstSyncMs / f.sources) * 1000).toFixed(0)} µs a source)`);
  say(`  synced again (a restart):        ${f.resyncMs.toFixed(0)} ms`);
  say(`  Redis used_memory:               ${mb(f.usedBefore)} -> ${mb(f.usedAfter)} (+${mb(delta)}, ${(delta / f.sources).toFixed(0)} B a source)`);
  say(`  keys under the prefix:           ${f.prefixKeys} keys, ${mb(f.prefixBytes)} (MEMORY USAGE), ${(f.prefixBytes / f.sources).toFixed(0)} B a source`);
  for (const [kind, v] of [...f.byKind].sort((a, b) => b[1].bytes - a[1].bytes).slice(0, 6)) {
    say(`    ${kind.padEnd(16)} ${String(v.keys).padStart(6)} keys ${mb(v.bytes).padStart(9)}`);
  }
}

// (b) The pipeline.
say(`\n(b) ${articleCount} articles through the pipeline; ${values.feeds} feeds polled every ${values.every}, pages on ${values.hosts} loopback hosts`);
const articles: GeneratedArticle[] = Array.from({ length: articleCount }, (_, i) => generateArticle(i + 1, kindFor(i), { id: `bench-${i}` }));
const words = articles.reduce((n, a) => n + a.words, 0) / articles.length;
const kinds = new Map<string, number>();
for (const a of articles) kinds.set(a.kind, (kinds.get(a.kind) ?? 0) + 1);
say(`  articles: ${[...kinds].map(([k, n]) => `${n} ${k}`).join(', ')}; ${words.toFixed(0)} words, ${(articleHtml(articles[0]!, 'http://x/').length / 1024).toFixed(1)} KB of HTML each`);

let expected: Set<string> | null = null;
if (!values['no-verify']) {
  // The alerts a clean single-process evaluation gives, keyed by path (the run's origins differ).
  const t = performance.now();
  const oracle = createAlertOracle(path.join(ROOT, 'config/claims.yaml'));
  expected = pathKeys(articles.flatMap((a, i) => oracle({ url: `http://h${i}.invalid/news/${a.id}.html`, html: articleHtml(a, `http://h${i}.invalid/news/${a.id}.html`), source: 'x' })));
  say(`  expected alerts (in-process oracle, ${((performance.now() - t) / 1000).toFixed(0)} s): ${[...expected].filter((k) => k.startsWith('new ')).length} new, ${[...expected].filter((k) => k.startsWith('contradiction ')).length} contradictions`);
}

const env = {
  CHECK_CONCURRENCY: values.concurrency,
  POLL_CONCURRENCY: '8',
  // Politeness stays on (per host, through Redis) but loose enough not to be what is measured.
  HOST_CONCURRENCY: values['host-concurrency'],
  HOST_INTERVAL: values['host-interval'],
  LOG_LEVEL: values['log-level'],
  SEEN_TTL: values['seen-ttl'],
};
const results: PipelineFigures[] = [];
// Rounds take turns (1, 2, 3, 1, 2, 3, ...) so a burst of load from other processes does not fall on one
// worker count only; the table shows each count's best round.
const schedule = Array.from({ length: rounds }, () => workerCounts).flat();
for (const [i, count] of schedule.entries()) {
  say(`\n  run ${i + 1} of ${schedule.length}: ${count} worker process${count > 1 ? 'es' : ''} (CHECK_CONCURRENCY ${values.concurrency} each), load average ${load1().toFixed(1)}`);
  const prefix = `bench-load-${count}`;
  const r = await withRedis(prefix, (url) =>
    runPipeline({
      redisUrl: url,
      prefix,
      workers: count,
      articles,
      feeds: Number(values.feeds),
      every: values.every,
      hosts: Number(values.hosts),
      env,
      expected,
      trim: !values['no-trim'] && i === 0 ? { seenTtlMs: seenTtlMs! } : null,
      log: say,
      ...(values['alert-dir'] ? { alertDir: values['alert-dir'] } : {}),
      nodeArgs: [
        ...(values.profile ? ['--cpu-prof', `--cpu-prof-dir=${values.profile}`] : []),
        ...(values['worker-node-args'] ? values['worker-node-args'].split(/\s+/).filter(Boolean) : []),
      ],
    }),
  );
  results.push(r);
  say(`  ${r.articlesPerSecond.toFixed(0)} articles/s (${r.articles} in ${r.seconds.toFixed(1)} s; first page fetched ${r.firstFetchMs} ms after publishing)`);
  say(`  latency feed -> alert: p50 ${(r.latency.p50 / 1000).toFixed(2)} s, p99 ${(r.latency.p99 / 1000).toFixed(2)} s, max ${(r.latency.max / 1000).toFixed(2)} s (${r.latency.count} new alerts)`);
  say(`  alerts: ${r.alerts.logged} logged${r.alerts.expected !== null ? ` of ${r.alerts.expected} expected, ${r.alerts.missing} missing, ${r.alerts.unexpected} unexpected` : ''}, ${r.alerts.doubled} doubled; ${r.failedChecks} failed checks`);
  say(`  worker peak RSS (VmHWM): ${r.workerPeakRss.map(mb).join(', ')} (${r.workerIdleRss.map(mb).join(', ')} before publishing); CPU: ${r.workerCpuSeconds.map((c) => `${c.toFixed(1)} s`).join(', ')} (${(r.articles / r.workerCpuSeconds.reduce((a, b) => a + b, 0)).toFixed(0)} articles per worker CPU-second)`);
  const total = r.workerCpuSeconds.reduce((a, b) => a + b, 0) + r.redisCpuSeconds + r.siteCpuSeconds;
  say(`  CPU per article: workers ${((r.workerCpuSeconds.reduce((a, b) => a + b, 0) / r.articles) * 1000).toFixed(2)} ms, redis-server ${((r.redisCpuSeconds / r.articles) * 1000).toFixed(2)} ms, site+bench ${((r.siteCpuSeconds / r.articles) * 1000).toFixed(2)} ms: ${(r.articles / total).toFixed(0)} articles per CPU-second of the whole system (on ${cpus().length} idle cores at most ~${((cpus().length * r.articles) / total).toFixed(0)}/s)`);
  const perArticle = (n: number) => (n / r.articles).toFixed(1);
  const allCommands = r.commands.reduce((n, [, c]) => n + c, 0);
  say(`  Redis commands per article: ${perArticle(allCommands)} (scripts counted with the commands they run; the harness's own polling included): ${r.commands.slice(0, process.env.BENCH_ALL_COMMANDS ? undefined : 10).map(([k, c]) => `${k} ${perArticle(c)}`).join(', ')}`);
  say(`  polling alone (feeds unchanged, before publishing): ${(r.idleCpuShare * 100).toFixed(0)} % of a core; without it the workers spend ${(((r.workerCpuSeconds.reduce((a, b) => a + b, 0) - r.idleCpuShare * r.seconds) / r.articles) * 1000).toFixed(2)} ms an article`);
  {
    const perPoll = r.idlePolls.polls ? r.idlePolls.commands / r.idlePolls.polls : NaN;
    const cpuPerPoll = r.idlePolls.polls ? (r.idleCpuShare * r.idlePolls.seconds) / r.idlePolls.polls : NaN;
    say(`  an unchanged poll: ${perPoll.toFixed(1)} Redis commands, ${(cpuPerPoll * 1000).toFixed(2)} ms of worker CPU; ${r.runPolls} polls during the run (${(r.runPolls / r.articles).toFixed(2)} an article): without them ~${(allCommands / r.articles - (r.runPolls * perPoll) / r.articles).toFixed(1)} Redis commands an article`);
  }
  say(`  Redis used_memory: ${mb(r.redis.baseline)} before, ${mb(r.redis.after)} after (prefix: ${mb(r.redis.prefixAfter)})`);
  const keyKinds = (list: [string, { keys: number; bytes: number }][]) => list.map(([k, v]) => `${k} ${v.keys} keys ${mb(v.bytes)}`).join('; ');
  say(`    largest under the prefix after the run: ${keyKinds(r.redis.kindsAfter)}`);
  if (r.redis.kindsAfterTrim) say(`    largest under the prefix after trimming: ${keyKinds(r.redis.kindsAfterTrim)}`);
  if (r.redis.afterTrim !== null) {
    const back = (r.redis.afterTrim - r.redis.baseline) / r.redis.baseline;
    say(`  after seen-keys expired: ${mb(r.redis.afterExpiry!)}; after finished jobs trimmed: ${mb(r.redis.afterTrim)} (${back >= 0 ? '+' : ''}${(back * 100).toFixed(1)} % of baseline: ${Math.abs(back) <= 0.1 ? 'within' : 'NOT within'} 10 %)`);
    if (r.redis.censusAfterTrim) {
      say('  Redis census, baseline -> after trimming (what is left of the run):');
      for (const line of censusDiff(r.redis.censusBaseline, r.redis.censusAfterTrim)) say(`    ${line}`);
    }
  }
  say(`  load average during the run: ${r.load.before.toFixed(1)} -> ${r.load.after.toFixed(1)}`);
  for (const line of timelineLines(r)) say(`  ${line}`);
  for (const p of r.problems.slice(0, 5)) say(`  ! ${p}`);
}

/**
 * Where the run's time went: when the first page was fetched, the steady middle (10 % to 90 % of the pages
 * fetched: its rate is a steady-state figure, not the end-to-end one) and the tail, with the cores each
 * part kept busy; then the run second by second.
 */
function timelineLines(r: PipelineFigures): string[] {
  const t = r.timeline;
  if (t.length < 3) return [];
  const at = (share: number) => t.find((s) => s.fetched >= share * r.articles) ?? t.at(-1)!;
  const first = t.find((s) => s.fetched > 0) ?? t.at(-1)!;
  const p10 = at(0.1);
  const p90 = at(0.9);
  const end = t.at(-1)!;
  const busy = (a: (typeof t)[number], b: (typeof t)[number]) => {
    const s = (b.ms - a.ms) / 1000;
    if (!(s > 0)) return 'n/a';
    const w = (b.workerCpu - a.workerCpu) / s;
    const rd = (b.redisCpu - a.redisCpu) / s;
    const st = (b.siteCpu - a.siteCpu) / s;
    const other = (b.systemCpu - a.systemCpu) / s - w - rd - st;
    return `${(w + rd + st).toFixed(2)} cores busy (workers ${w.toFixed(2)}, redis ${rd.toFixed(2)}, site+bench ${st.toFixed(2)}; other processes ${Math.max(0, other).toFixed(2)})`;
  };
  const rate = (a: (typeof t)[number], b: (typeof t)[number]) => ((b.fetched - a.fetched) / ((b.ms - a.ms) / 1000)).toFixed(0);
  const allQueued = t.find((s) => s.queued >= r.articles);
  const out = [
    `timeline: every check job queued ${allQueued ? `${(allQueued.ms / 1000).toFixed(2)} s` : 'n/a'} after publishing; publish -> first page ${(first.ms / 1000).toFixed(2)} s: ${busy(t[0]!, first)}`,
    `  steady state (10 % -> 90 % of pages fetched, ${(p10.ms / 1000).toFixed(2)}-${(p90.ms / 1000).toFixed(2)} s): ${rate(p10, p90)} pages/s, ${busy(p10, p90)}`,
    `  tail (90 % fetched -> last check done, ${((end.ms - p90.ms) / 1000).toFixed(2)} s): ${busy(p90, end)}`,
  ];
  const perSecond: string[] = [];
  for (let sec = 1; ; sec++) {
    const b = [...t].reverse().find((s) => s.ms <= sec * 1000);
    const a = [...t].reverse().find((s) => s.ms <= (sec - 1) * 1000) ?? t[0];
    if (!a || !b || b === a) break;
    const s = (b.ms - a.ms) / 1000;
    const mine = (b.workerCpu - a.workerCpu + b.redisCpu - a.redisCpu + b.siteCpu - a.siteCpu) / s;
    perSecond.push(`${b.queued}q(${b.wait}w ${b.active}a ${b.delayed}d) ${rate(a, b)}/${mine.toFixed(2)}+${Math.max(0, (b.systemCpu - a.systemCpu) / s - mine).toFixed(2)}`);
    if (b === t.at(-1)) break;
  }
  out.push(`  per second (check jobs queued so far (waiting, active, delayed now), pages fetched a second / cores busy in the run + in other processes): ${perSecond.join(' ')}`);
  return out;
}

// Summary table: each worker count's best round.
const best = workerCounts.map((c) => results.filter((r) => r.workers === c).sort((a, b) => b.articlesPerSecond - a.articlesPerSecond)[0]!);
const one = best.find((r) => r.workers === 1);
say(`\n${rounds > 1 ? `best of ${rounds} rounds per worker count` : 'one round per worker count'}; load average now ${load1().toFixed(1)}`);
say('| workers | articles/s | scaling vs 1 | p50 latency | p99 latency | peak RSS / worker | worker CPU / article | Redis after | load avg | alerts ok |');
say('|---|---|---|---|---|---|---|---|---|---|');
for (const r of best) {
  const ok = r.alerts.missing === 0 && r.alerts.doubled === 0 && r.alerts.unexpected === 0;
  say(
    `| ${r.workers} | ${r.articlesPerSecond.toFixed(0)} | ${one ? `${(r.articlesPerSecond / one.articlesPerSecond).toFixed(2)}x` : '-'} | ${(r.latency.p50 / 1000).toFixed(2)} s | ${(r.latency.p99 / 1000).toFixed(2)} s | ${mb(Math.max(...r.workerPeakRss))} | ${((r.workerCpuSeconds.reduce((a, b) => a + b, 0) / r.articles) * 1000).toFixed(2)} ms | ${mb(r.redis.after)} | ${r.load.before.toFixed(1)}-${r.load.after.toFixed(1)} | ${ok ? 'yes' : 'NO'} |`,
  );
}
// What 2 cores allow: at each run's CPU per article (workers + redis-server + site), the cores run out at
// 2 / (CPU seconds per article) articles a second, whatever the number of workers.
if (one) {
  for (const r of best.filter((x) => x.workers > 1)) {
    const cpuPerArticle = (r.workerCpuSeconds.reduce((a, b) => a + b, 0) + r.redisCpuSeconds + r.siteCpuSeconds) / r.articles;
    const ceiling = cpus().length / cpuPerArticle;
    const wanted = 1.6 * one.articlesPerSecond;
    say(`${r.workers} workers: ${(cpuPerArticle * 1000).toFixed(2)} ms of CPU an article in all processes -> ${cpus().length} cores run out at ~${ceiling.toFixed(0)} articles/s; 1.6x one worker is ${wanted.toFixed(0)}/s (${wanted <= ceiling ? 'within' : 'beyond'} what the cores allow${wanted <= ceiling ? '' : `: it would need <= ${((cpus().length / wanted) * 1000).toFixed(2)} ms an article, or ${Math.ceil(wanted * cpuPerArticle)} cores`})`);
  }
}
// A run that lost or doubled an alert is a failure, whatever its speed.
if (results.some((r) => r.alerts.missing || r.alerts.doubled || r.alerts.unexpected || r.failedChecks)) process.exitCode = 1;
say('\nTargets (issue 7): >= 300 articles/s with one process; 2 workers >= 1.6x one; worker RSS < 300 MB; Redis back to baseline within 10 %.');

/** Alert keys without the origin ("new /news/bench-1.html"): the run's hosts and port are not known yet. */
function pathKeys(keys: Iterable<string>): Set<string> {
  return new Set([...keys].map(stripOrigin));
}
