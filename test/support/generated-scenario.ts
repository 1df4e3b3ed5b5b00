import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Redis, type RedisOptions } from 'ioredis';
import { expect } from 'vitest';
import { readAlertLines, diffAlerts, type AlertLine } from './alert-file.ts';
import { createAlertOracle } from './expected-alerts.ts';
import { waitForChecksDone } from './queue-state.ts';
import { articleHtml, generateArticle, kindFor, type ArticleKind, type GeneratedArticle } from './generated-news.ts';
import { startNewsSite, type NewsSite } from './news-site.ts';
import { REDIS_URL, uniquePrefix } from './redis-prefix.ts';
import { removeKeysUnder } from './redis-keys.ts';
import { ROOT } from './worker-process.ts';

export interface PlacedArticle {
  article: GeneratedArticle;
  url: string;
  feed: string;
  /** Alert keys a clean single-process check of this page gives (see expected-alerts.ts). */
  expected: string[];
}

/**
 * One fault test's world: a generated news site, a sources file listing its feeds, its own QUEUE_PREFIX
 * and alert log, the worker environment, and the alerts a clean run must give. `cleanup()` removes the
 * prefix's keys, the site and the temporary directory.
 */
export interface Scenario {
  site: NewsSite;
  /** Feed id -> its URL, as in the sources file. */
  feedUrls: Map<string, string>;
  prefix: string;
  dir: string;
  alertLog: string;
  sourcesFile: string;
  /** Environment for `claimwatch start` (spread extra variables over it per worker). */
  env: Record<string, string>;
  /** A client of the test's own on the scenario's Redis. */
  redis: Redis;
  articles: PlacedArticle[];
  /** Generates and serves `count` more articles for `feed` (not yet published). */
  addArticles(feed: string, count: number, kind?: ArticleKind): PlacedArticle[];
  publish(articles: PlacedArticle[]): void;
  expected(articles?: PlacedArticle[]): string[];
  alerts(): AlertLine[];
  /** missing / doubled / unexpected against the expected alerts of `articles` (default: all). */
  diff(articles?: PlacedArticle[]): ReturnType<typeof diffAlerts>;
  cleanup(): Promise<void>;
}

const CLAIMS_FILE = path.join(ROOT, 'config/claims.yaml');
/** Deterministic per label and index: a failing run can be replayed with the very same articles. */
function seedFor(label: string, index: number): number {
  let h = 0;
  for (const c of label) h = (Math.imul(h, 31) + c.charCodeAt(0)) | 0;
  return ((h >>> 0) % 100_000) * 10_000 + index + 1;
}

export async function createScenario(opts: {
  label: string;
  feeds: string[];
  every?: string;
  hosts?: number;
  redisUrl?: string;
  env?: Record<string, string>;
  /** A QUEUE_PREFIX of the test's choosing (default: a fresh `cwtest-<label>-<hex>`). */
  prefix?: string;
  /** Options of the test's own Redis client (e.g. the CA of a TLS Redis). */
  redisOptions?: RedisOptions;
}): Promise<Scenario> {
  // The last hosts serve one feed each (politeness is per host: feeds must not queue behind each other).
  const hostCount = opts.hosts ?? 20;
  const articleHosts = hostCount - opts.feeds.length;
  if (articleHosts < 1) throw new RangeError(`scenario: ${hostCount} hosts leave none for articles besides ${opts.feeds.length} feeds`);
  const site = await startNewsSite({ hosts: hostCount });
  const prefix = opts.prefix ?? uniquePrefix(opts.label);
  const dir = mkdtempSync(path.join(tmpdir(), `claimwatch-${opts.label}-`));
  const alertLog = path.join(dir, 'logs', 'alerts.log');
  const sourcesFile = path.join(dir, 'sources.yaml');
  const redisUrl = opts.redisUrl ?? REDIS_URL;
  writeFileSync(
    sourcesFile,
    `sources:\n${opts.feeds.map((f, i) => `  - { id: ${f}, url: "${site.feedUrl(f, articleHosts + 1 + i)}", type: feed, every: ${opts.every ?? '2s'} }`).join('\n')}\n`,
  );
  const env: Record<string, string> = {
    REDIS_URL: redisUrl,
    QUEUE_PREFIX: prefix,
    SOURCES_FILE: sourcesFile,
    CLAIMS_FILE,
    ALERT_LOG: alertLog,
    ALLOW_PRIVATE_URLS: '1',
    LOG_LEVEL: 'info',
    SHUTDOWN_GRACE: '3s',
    // Proposed knobs (reliability-status.md P1-P3): recovery in seconds instead of minutes.
    JOB_LOCK_DURATION: '4s',
    STALLED_INTERVAL: '1s',
    FETCH_TIMEOUT: '3s',
    RETRY_BACKOFF: '300ms',
    ...opts.env,
  };
  const redis = new Redis(redisUrl, { ...opts.redisOptions, maxRetriesPerRequest: null });
  // Outage tests stop this Redis on purpose; the client reconnects, and the assertions say what failed.
  redis.on('error', () => undefined);
  const oracle = createAlertOracle(CLAIMS_FILE);
  const articles: PlacedArticle[] = [];

  return {
    site,
    feedUrls: new Map(opts.feeds.map((f, i) => [f, site.feedUrl(f, articleHosts + 1 + i)])),
    prefix,
    dir,
    alertLog,
    sourcesFile,
    env,
    redis,
    articles,
    addArticles(feed, count, kind) {
      const added: PlacedArticle[] = [];
      for (let i = 0; i < count; i++) {
        const n = seedFor(opts.label, articles.length);
        const article = generateArticle(n, kind ?? kindFor(articles.length), { id: `${opts.label}-${articles.length}` });
        // Consecutive articles on different hosts, so per-host politeness spreads them out.
        const url = site.addArticle(article, 1 + (articles.length % articleHosts));
        const placed = { article, url, feed, expected: oracle({ url, html: articleHtml(article, url), source: feed }) };
        articles.push(placed);
        added.push(placed);
      }
      return added;
    },
    publish(list) {
      const byFeed = new Map<string, string[]>();
      for (const a of list) byFeed.set(a.feed, [...(byFeed.get(a.feed) ?? []), a.url]);
      for (const [feed, urls] of byFeed) site.publish(feed, urls);
    },
    expected: (list = articles) => list.flatMap((a) => a.expected),
    alerts: () => readAlertLines(alertLog),
    diff: (list = articles) => diffAlerts(readAlertLines(alertLog), list.flatMap((a) => a.expected)),
    async cleanup() {
      redis.disconnect();
      await site.close();
      await removeKeysUnder(redisUrl, prefix, opts.redisOptions).catch(() => undefined);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Waits until every article's page was fetched and the check queue is idle, then asserts that the run logged
 * every expected alert exactly once and nothing else (and that something was expected at all).
 */
export async function expectAlertedExactlyOnce(s: Scenario, articles: readonly PlacedArticle[]): Promise<void> {
  const pages = articles.map((a) => new URL(a.url).pathname);
  await waitForChecksDone(s.redis, s.prefix, () => pages.every((p) => (s.site.hits.get(p) ?? 0) > 0), { what: 'the articles to be checked' });
  expect(s.expected().length).toBeGreaterThan(0);
  expect(s.diff()).toEqual({ missing: [], doubled: [], unexpected: [] });
}
