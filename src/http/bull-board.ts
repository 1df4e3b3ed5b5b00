import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Queue } from 'bullmq';

export type BoardHandler = (req: IncomingMessage, res: ServerResponse) => void;

// Imported by name at run time: the dashboard is optional, and the API runs without it when
// @bull-board/api and @bull-board/express are not installed.
const API = '@bull-board/api';
const BULLMQ_ADAPTER = ['@bull-board/api/bullMQAdapter', '@bull-board/api/bullMQAdapter.js'];
const EXPRESS = '@bull-board/express';

/**
 * Bull Board (the BullMQ dashboard) served under `basePath`, or null with the reason when its packages
 * are missing. The express app it builds is called as a plain request handler, with the base path
 * stripped from the URL as `app.use(basePath, router)` would.
 */
export async function createBoardHandler(queues: Queue[], basePath: string): Promise<{ handler: BoardHandler } | { handler: null; reason: string }> {
  let createBullBoard: (opts: { queues: unknown[]; serverAdapter: unknown }) => unknown;
  let ExpressAdapter: new () => { setBasePath(p: string): void; getRouter(): BoardRouter };
  let BullMQAdapter: new (q: Queue) => unknown;
  try {
    createBullBoard = pick(await import(API), 'createBullBoard');
    ExpressAdapter = pick(await import(EXPRESS), 'ExpressAdapter');
    let adapterModule: unknown = null;
    for (const spec of BULLMQ_ADAPTER) {
      adapterModule = await import(spec).catch(() => null);
      if (adapterModule) break;
    }
    if (!adapterModule) throw new Error(`cannot import ${BULLMQ_ADAPTER[0]}`);
    BullMQAdapter = pick(adapterModule, 'BullMQAdapter');
  } catch (err) {
    return { handler: null, reason: `Bull Board is not installed (${(err as Error).message.split('\n')[0]}). Fix: npm install @bull-board/api@9.10.1 @bull-board/express@9.10.1` };
  }
  const serverAdapter = new ExpressAdapter();
  serverAdapter.setBasePath(basePath);
  createBullBoard({ queues: queues.map((q) => new BullMQAdapter(q)), serverAdapter });
  const router = serverAdapter.getRouter();
  return {
    handler(req, res) {
      const url = req.url ?? '/';
      req.url = url.slice(basePath.length) || '/';
      if (!req.url.startsWith('/')) req.url = `/${req.url}`;
      router(req, res, (err?: unknown) => {
        if (res.headersSent) return res.end();
        res.writeHead(err ? 500 : 404, { 'content-type': 'text/plain; charset=utf-8' }).end(err ? 'dashboard error\n' : 'not found\n');
      });
    },
  };
}

type BoardRouter = (req: IncomingMessage, res: ServerResponse, next: (err?: unknown) => void) => void;

/** These packages are CommonJS: a named export may only be visible on `default` when imported from ESM. */
function pick<T>(mod: unknown, name: string): T {
  const m = mod as Record<string, unknown> & { default?: Record<string, unknown> };
  const value = m[name] ?? m.default?.[name];
  if (!value) throw new Error(`${name} not found`);
  return value as T;
}
