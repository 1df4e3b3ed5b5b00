import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { articleHtml, type GeneratedArticle } from './generated-news.ts';

/**
 * A generated news site on loopback: RSS feeds on 127.0.0.1 and article pages spread over virtual hosts
 * 127.0.0.2, 127.0.0.3, ... (all reach loopback on Linux), all on one port, so that the fetcher's per-host
 * politeness sees many sites, as it would on the internet. Feeds list what was published into them, newest
 * first, with an ETag (a well-behaved site answers If-None-Match with 304). Tests can hold a page's response
 * until they release it (to be mid-check deterministically) or make a page fail every time.
 */
export interface NewsSite {
  port: number;
  /** `http://127.0.0.<n+1>:<port>`; host 0 is 127.0.0.1, where the feeds live. */
  origin(host: number): string;
  /** The feed's URL on virtual host `host` (default 0, i.e. 127.0.0.1); any host serves any feed. */
  feedUrl(feed: string, host?: number): string;
  /** Serves the article on the given virtual host (1..hosts) and returns its URL. */
  addArticle(article: GeneratedArticle, host: number): string;
  /** Puts URLs of added articles into a feed (they "appear" now: see appearedAt). */
  publish(feed: string, urls: string[]): void;
  /** When each URL first appeared in a feed (ms since epoch). */
  appearedAt: Map<string, number>;
  /** Requests by path (any host), for assertions on what was fetched. */
  hits: Map<string, number>;
  /** Requests by path in order, with their time, for per-interval assertions. */
  requests: { path: string; at: number }[];
  /** Holds the first `times` requests to the URL's path until `release()`; later ones pass at once. */
  hold(url: string, times?: number): Hold;
  /** Answers the URL's path with this status every time. */
  failWith(url: string, status: number): void;
  close(): Promise<void>;
}

export interface Hold {
  /** Resolves when the first held request has arrived. */
  reached: Promise<void>;
  /** How many requests are being held right now. */
  waiting(): number;
  release(): void;
}

interface Item {
  url: string;
  title: string;
  guid: string;
  at: number;
}

const MAX_FEED_ITEMS = 1000;

export async function startNewsSite(opts: { hosts?: number; recordRequests?: boolean } = {}): Promise<NewsSite> {
  const hostCount = opts.hosts ?? 20;
  if (hostCount < 1 || hostCount > 253) throw new RangeError(`news site: hosts must be 1..253, got ${hostCount}`);
  const pages = new Map<string, Buffer>();
  const titles = new Map<string, { title: string; guid: string }>();
  const feeds = new Map<string, { items: Item[]; body: Buffer | null; etag: string }>();
  const holds = new Map<string, { left: number; released: boolean; waiters: (() => void)[]; onReach: () => void }>();
  const failing = new Map<string, number>();
  const appearedAt = new Map<string, number>();
  const hits = new Map<string, number>();
  const requests: { path: string; at: number }[] = [];
  let port = 0;

  const handler = async (req: IncomingMessage, res: ServerResponse) => {
    const pathname = new URL(req.url ?? '/', 'http://x').pathname;
    hits.set(pathname, (hits.get(pathname) ?? 0) + 1);
    if (opts.recordRequests !== false) requests.push({ path: pathname, at: Date.now() });

    const hold = holds.get(pathname);
    if (hold && !hold.released && hold.left > 0) {
      hold.left--;
      hold.onReach();
      await new Promise<void>((resolve) => hold.waiters.push(resolve));
      if (res.destroyed || req.socket.destroyed) return;
    }
    const status = failing.get(pathname);
    if (status !== undefined) {
      res.writeHead(status, { 'content-type': 'text/plain' }).end(`failing on purpose with ${status}`);
      return;
    }
    const feed = pathname.match(/^\/feeds\/([\w-]+)\.xml$/)?.[1];
    if (feed !== undefined) return serveFeed(feed, req, res);
    const page = pages.get(pathname);
    if (page) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-length': page.length }).end(page);
      return;
    }
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  };

  function serveFeed(name: string, req: IncomingMessage, res: ServerResponse) {
    const feed = feeds.get(name) ?? { items: [], body: null, etag: '' };
    feeds.set(name, feed);
    if (!feed.body) {
      feed.body = Buffer.from(renderFeed(name, feed.items, origin(0)));
      feed.etag = `"${createHash('sha1').update(feed.body).digest('hex').slice(0, 16)}"`;
    }
    if (req.headers['if-none-match'] === feed.etag) {
      res.writeHead(304, { etag: feed.etag }).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8', etag: feed.etag }).end(feed.body);
  }

  const origin = (host: number) => `http://127.0.0.${host + 1}:${port}`;
  const pathOf = (url: string) => new URL(url).pathname;

  const servers = await listenOnHosts(hostCount, (req, res) => {
    handler(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500).end();
    });
  });
  port = (servers[0]!.address() as AddressInfo).port;

  return {
    port,
    origin,
    feedUrl: (feed, host = 0) => `${origin(host)}/feeds/${feed}.xml`,
    addArticle(article, host) {
      if (!(host >= 1 && host <= hostCount)) throw new RangeError(`news site: host must be 1..${hostCount}, got ${host}`);
      const url = `${origin(host)}/news/${article.id}.html`;
      pages.set(pathOf(url), Buffer.from(articleHtml(article, url)));
      titles.set(url, { title: article.title, guid: article.id });
      return url;
    },
    publish(feedName, urls) {
      const feed = feeds.get(feedName) ?? { items: [], body: null, etag: '' };
      const now = Date.now();
      for (const url of urls) {
        const meta = titles.get(url);
        if (!meta) throw new Error(`news site: publish ${url}: not an added article`);
        if (!appearedAt.has(url)) appearedAt.set(url, now);
        feed.items.unshift({ url, title: meta.title, guid: meta.guid, at: now });
      }
      feed.items.length = Math.min(feed.items.length, MAX_FEED_ITEMS);
      feed.body = null;
      feeds.set(feedName, feed);
    },
    appearedAt,
    hits,
    requests,
    hold(url, times = 1) {
      let onReach!: () => void;
      const reached = new Promise<void>((resolve) => (onReach = resolve));
      const h = { left: times, released: false, waiters: [] as (() => void)[], onReach };
      holds.set(pathOf(url), h);
      return {
        reached,
        waiting: () => h.waiters.length,
        release() {
          h.released = true;
          for (const w of h.waiters.splice(0)) w();
        },
      };
    },
    failWith: (url, status) => void failing.set(pathOf(url), status),
    async close() {
      for (const h of holds.values()) for (const w of h.waiters.splice(0)) w();
      await Promise.all(
        servers.map(
          (s) =>
            new Promise<void>((resolve) => {
              s.closeAllConnections();
              s.close(() => resolve());
            }),
        ),
      );
    },
  };
}

/** Binds 127.0.0.1 on a free port, then 127.0.0.2.. on the same port; tries again if one is taken. */
async function listenOnHosts(hostCount: number, handler: (req: IncomingMessage, res: ServerResponse) => void): Promise<Server[]> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const servers: Server[] = [];
    try {
      const first = createServer(handler);
      servers.push(first);
      await listen(first, 0, '127.0.0.1');
      const port = (first.address() as AddressInfo).port;
      for (let h = 1; h <= hostCount; h++) {
        const s = createServer(handler);
        servers.push(s);
        await listen(s, port, `127.0.0.${h + 1}`);
      }
      for (const s of servers) s.keepAliveTimeout = 5_000;
      return servers;
    } catch (err) {
      await Promise.all(servers.map((s) => new Promise<void>((r) => (s.listening ? s.close(() => r()) : r()))));
      if ((err as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw err;
    }
  }
  throw new Error('news site: could not bind one port on all loopback addresses after 5 attempts');
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

/** The RSS document of a feed (the load bench's site serves the same bytes). */
export function renderFeed(name: string, items: Item[], base: string): string {
  const esc = (s: string) => s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
  const body = items
    .map(
      (i) =>
        `<item><title>${esc(i.title)}</title><link>${esc(i.url)}</link><guid isPermaLink="false">${esc(i.guid)}</guid>` +
        `<pubDate>${new Date(i.at).toUTCString()}</pubDate></item>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Generated feed ${esc(name)}</title><link>${base}/</link><description>generated</description>
${body}
</channel></rss>
`;
}
