import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Redis } from 'ioredis';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keysUnder } from '../support/redis-keys.ts';
import { REDIS_URL, removePrefix, uniquePrefix } from '../support/redis-prefix.ts';
import { freePort } from '../support/redis-server.ts';
import { ROOT, runCli, startWorkerProcess } from '../support/worker-process.ts';

/**
 * Bad configuration at start: one clear message on stderr naming the problem, a non-zero exit, and no
 * key created under the prefix (config is validated before anything touches Redis, so no partial
 * schedules are left behind).
 */
describe('bad configuration at start', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'claimwatch-badconfig-'));
  const claimsFile = path.join(ROOT, 'config/claims.yaml');
  let redis: Redis;
  const prefixes: string[] = [];

  const good = (id: string) => `  - { id: ${id}, url: "http://127.0.0.1:9/${id}.xml", type: feed, every: 2s }`;
  const write = (name: string, text: string) => {
    const file = path.join(dir, name);
    writeFileSync(file, text);
    return file;
  };

  beforeAll(() => {
    redis = new Redis(REDIS_URL);
  });

  afterAll(async () => {
    for (const p of prefixes) await removePrefix(p);
    redis?.disconnect();
    rmSync(dir, { recursive: true, force: true });
  });

  function envFor(label: string, files: { sources?: string; claims?: string; redisUrl?: string }) {
    const prefix = uniquePrefix(`badcfg-${label}`);
    prefixes.push(prefix);
    return {
      prefix,
      env: {
        REDIS_URL: files.redisUrl ?? REDIS_URL,
        QUEUE_PREFIX: prefix,
        SOURCES_FILE: files.sources ?? write(`ok-${label}.yaml`, `sources:\n${good('desk')}\n`),
        CLAIMS_FILE: files.claims ?? claimsFile,
        ALERT_LOG: path.join(dir, `${label}.log`),
        ALLOW_PRIVATE_URLS: '1',
        LOG_LEVEL: 'info',
      },
    };
  }

  /** A copy of the shipped claims file with the first claim's statement removed. */
  function claimsWithoutStatement(): string {
    const doc = parseYaml(readFileSync(claimsFile, 'utf8')) as { gazetteer?: string; claims: Record<string, unknown>[] };
    if (doc.gazetteer) doc.gazetteer = path.resolve(path.dirname(claimsFile), doc.gazetteer);
    delete doc.claims[0]!.statement;
    return write('claims-no-statement.yaml', stringifyYaml(doc));
  }

  const cases: { name: string; files: () => Promise<Parameters<typeof envFor>[1]>; message: RegExp }[] = [
    {
      name: 'unknown field',
      files: async () => ({ sources: write('unknown.yaml', `sources:\n${good('desk')}\n  - { id: wire, url: "http://127.0.0.1:9/w.xml", type: feed, every: 2s, evry: 5s }\n`) }),
      message: /unknown\.yaml.*sources\[1\].*evry/,
    },
    {
      name: 'bad interval',
      files: async () => ({ sources: write('interval.yaml', `sources:\n  - { id: desk, url: "http://127.0.0.1:9/d.xml", type: feed, every: often }\n`) }),
      message: /interval\.yaml.*sources\[0\].*every.*"often" is not a valid interval/,
    },
    {
      name: 'duplicate source id',
      files: async () => ({ sources: write('duplicate.yaml', `sources:\n${good('desk')}\n${good('wire')}\n${good('desk')}\n`) }),
      message: /duplicate\.yaml.*sources\[2\].*desk.*duplicates sources\[0\]/,
    },
    {
      name: 'claim with no statement',
      files: async () => ({ claims: claimsWithoutStatement() }),
      message: /claims-no-statement\.yaml.*claims\[0\].*statement/,
    },
    {
      name: 'unreachable Redis',
      files: async () => ({ redisUrl: `redis://127.0.0.1:${await freePort()}` }),
      message: /cannot connect to Redis at redis:\/\/127\.0\.0\.1:\d+/,
    },
  ];

  // Each case is its own process start (about a second of tsx start-up): run them side by side.
  it.concurrent.for(cases)('$name: one clear message, exit 1, no keys under the prefix', async ({ name, files, message }, { expect }) => {
    const { prefix, env } = envFor(name.replaceAll(' ', '-'), await files());
    const res = await runCli(['start'], env);
    expect(res.code).toBe(1);
    const lines = res.stderr.trim().split('\n');
    expect(lines, res.stderr).toHaveLength(1);
    expect(lines[0]).toMatch(/^claimwatch: /);
    expect(lines[0]).toMatch(message);
    expect(lines[0]).toMatch(/Fix: /);
    // Nothing on stdout claims the worker started.
    expect(res.stdout).not.toContain('claimwatch worker started');
    expect(await keysUnder(redis, prefix)).toEqual([]);
  });

  it('control: the same start with a good configuration does create its schedule under the prefix', async () => {
    const { prefix, env } = envFor('control', {});
    const worker = await startWorkerProcess(env);
    try {
      expect((await keysUnder(redis, prefix)).length).toBeGreaterThan(0);
    } finally {
      expect(await worker.stop('SIGTERM')).toBe(0);
    }
  });
});
