import { createHash } from 'node:crypto';
import net from 'node:net';
import { articleHtml, type GeneratedArticle } from '../../test/support/generated-news.ts';
import { renderFeed, type NewsSite } from '../../test/support/news-site.ts';

/**
 * The load bench's stand-in for remote sites: the news site of test/support/news-site.ts (same feeds,
 * same pages, same ETags and 304s, same virtual hosts 127.0.0.2...) answered from responses rendered
 * once, over plain sockets. The site stands in for other people's servers, whose CPU is not on this
 * machine in real use; node:http spent ~0.2 ms of the bench's CPU a request (parsing, request and
 * response objects, header objects), a tenth of the whole system's CPU an article, on this 2-core box.
 * Responses carry the headers node:http sends (content-type, etag, Date, keep-alive), with a
 * content-length instead of chunked framing. HTTP/1.1 GET with keep-alive (and pipelining) only: it
 * serves claimwatch's fetcher, nothing else; holds and failures are the test site's.
 */
export type LoadSite = Pick<NewsSite, 'port' | 'origin' | 'feedUrl' | 'addArticle' | 'publish' | 'appearedAt' | 'hits' | 'close'>;

const KEEP_ALIVE_MS = 5_000;

export async function startLoadSite(opts: { hosts: number }): Promise<LoadSite> {
  const hostCount = opts.hosts;
  if (hostCount < 1 || hostCount > 253) throw new RangeError(`load site: hosts must be 1..253, got ${hostCount}`);
  /** Whole responses (head and body) by path. */
  const pages = new Map<string, { head: Buffer; body: Buffer }>();
  const titles = new Map<string, { title: string; guid: string }>();
  const feeds = new Map<string, { items: { url: string; title: string; guid: string; at: number }[]; ok: Buffer | null; notModified: Buffer | null; etag: string }>();
  const appearedAt = new Map<string, number>();
  const hits = new Map<string, number>();
  const sockets = new Set<net.Socket>();
  let port = 0;

  // Date as node:http sends it, rendered at most once a second.
  let dateAt = 0;
  let date = '';
  const httpDate = () => {
    const now = Date.now();
    if (now - dateAt >= 1000) {
      dateAt = now - (now % 1000);
      date = new Date(now).toUTCString();
    }
    return date;
  };
  const tail = '\r\nConnection: keep-alive\r\nKeep-Alive: timeout=5\r\n\r\n';
  const head = (status: string, headers: string, length: number | null) =>
    `HTTP/1.1 ${status}\r\n${headers}${length === null ? '' : `content-length: ${length}\r\n`}Date: `;
  const notFound = Buffer.from('not found');
  const notFoundHead = head('404 Not Found', 'content-type: text/plain\r\n', notFound.length);

  function respond(socket: net.Socket, request: string) {
    const lineEnd = request.indexOf('\r\n');
    const line = request.slice(0, lineEnd === -1 ? request.length : lineEnd);
    const target = line.split(' ')[1] ?? '/';
    const q = target.indexOf('?');
    const pathname = q === -1 ? target : target.slice(0, q);
    hits.set(pathname, (hits.get(pathname) ?? 0) + 1);
    socket.cork();
    const feed = /^\/feeds\/([\w-]+)\.xml$/.exec(pathname)?.[1];
    if (feed !== undefined) {
      const f = renderedFeed(feed);
      const inm = /\r\nif-none-match:[ \t]*([^\r]*)/i.exec(request)?.[1]?.trim();
      const [h, body] = inm === f.etag ? [f.notModified!, null] : [f.ok!, f.body];
      socket.write(h);
      socket.write(httpDate() + tail, 'latin1');
      if (body) socket.write(body);
    } else {
      const page = pages.get(pathname);
      if (page) {
        socket.write(page.head);
        socket.write(httpDate() + tail, 'latin1');
        socket.write(page.body);
      } else {
        socket.write(notFoundHead + httpDate() + tail, 'latin1');
        socket.write(notFound);
      }
    }
    process.nextTick(() => socket.uncork());
  }

  const feedBodies = new Map<string, Buffer>();
  function renderedFeed(name: string) {
    const feed = feeds.get(name) ?? { items: [], ok: null, notModified: null, etag: '' };
    feeds.set(name, feed);
    if (!feed.ok) {
      const body = Buffer.from(renderFeed(name, feed.items, origin(0)));
      feed.etag = `"${createHash('sha1').update(body).digest('hex').slice(0, 16)}"`;
      feed.ok = Buffer.from(head('200 OK', `content-type: application/rss+xml; charset=utf-8\r\netag: ${feed.etag}\r\n`, body.length), 'latin1');
      feed.notModified = Buffer.from(head('304 Not Modified', `etag: ${feed.etag}\r\n`, null), 'latin1');
      feedBodies.set(name, body);
    }
    return { ...feed, body: feedBodies.get(name)! };
  }

  const onConnection = (socket: net.Socket) => {
    sockets.add(socket);
    socket.setNoDelay(true);
    socket.setTimeout(KEEP_ALIVE_MS, () => socket.destroy());
    let pending = '';
    socket.on('data', (chunk: Buffer) => {
      pending += chunk.toString('latin1');
      for (;;) {
        const end = pending.indexOf('\r\n\r\n');
        if (end === -1) break;
        const request = pending.slice(0, end);
        pending = pending.slice(end + 4);
        // GET only: a request with a body is not something claimwatch sends.
        respond(socket, request);
      }
      if (pending.length > 64 * 1024) socket.destroy();
    });
    socket.on('error', () => socket.destroy());
    socket.on('close', () => sockets.delete(socket));
  };

  const origin = (host: number) => `http://127.0.0.${host + 1}:${port}`;
  const servers = await listenOnHosts(hostCount, onConnection);
  port = (servers[0]!.address() as net.AddressInfo).port;

  return {
    port,
    origin,
    feedUrl: (feed, host = 0) => `${origin(host)}/feeds/${feed}.xml`,
    addArticle(article: GeneratedArticle, host: number) {
      if (!(host >= 1 && host <= hostCount)) throw new RangeError(`load site: host must be 1..${hostCount}, got ${host}`);
      const url = `${origin(host)}/news/${article.id}.html`;
      const body = Buffer.from(articleHtml(article, url));
      pages.set(new URL(url).pathname, { head: Buffer.from(head('200 OK', 'content-type: text/html; charset=utf-8\r\n', body.length), 'latin1'), body });
      titles.set(url, { title: article.title, guid: article.id });
      return url;
    },
    publish(feedName: string, urls: string[]) {
      const feed = feeds.get(feedName) ?? { items: [], ok: null, notModified: null, etag: '' };
      const now = Date.now();
      for (const url of urls) {
        const meta = titles.get(url);
        if (!meta) throw new Error(`load site: publish ${url}: not an added article`);
        if (!appearedAt.has(url)) appearedAt.set(url, now);
        feed.items.unshift({ url, title: meta.title, guid: meta.guid, at: now });
      }
      feed.items.length = Math.min(feed.items.length, 1000);
      feed.ok = null;
      feeds.set(feedName, feed);
    },
    appearedAt,
    hits,
    async close() {
      for (const s of sockets) s.destroy();
      await Promise.all(servers.map((s) => new Promise<void>((resolve) => s.close(() => resolve()))));
    },
  };
}

/** Binds 127.0.0.1 on a free port, then 127.0.0.2.. on the same port; tries again if one is taken. */
async function listenOnHosts(hostCount: number, onConnection: (s: net.Socket) => void): Promise<net.Server[]> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const servers: net.Server[] = [];
    try {
      const first = net.createServer(onConnection);
      servers.push(first);
      await listen(first, 0, '127.0.0.1');
      const port = (first.address() as net.AddressInfo).port;
      for (let h = 1; h <= hostCount; h++) {
        const s = net.createServer(onConnection);
        servers.push(s);
        await listen(s, port, `127.0.0.${h + 1}`);
      }
      return servers;
    } catch (err) {
      await Promise.all(servers.map((s) => new Promise<void>((r) => (s.listening ? s.close(() => r()) : r()))));
      if ((err as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw err;
    }
  }
  throw new Error('load site: could not bind one port on all loopback addresses after 5 attempts');
}

function listen(server: net.Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}
