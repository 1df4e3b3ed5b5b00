import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConfigError } from '../../../src/config/config-error.ts';
import { loadSinks, loadSinksFromEnv } from '../../../src/alert/sinks/load-sinks.ts';
import { ROOT } from '../../support/worker-process.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'cw-sinks-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function sinksFile(yaml: string): string {
  const file = path.join(dir, 'sinks.yaml');
  writeFileSync(file, yaml);
  return file;
}

function problems(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return (err as Error).message;
  }
  throw new Error('expected a ConfigError');
}

describe('loadSinks', () => {
  it('the example config/sinks.yaml is valid and enables nothing', () => {
    expect(loadSinks(path.join(ROOT, 'config/sinks.yaml'))).toEqual([]);
  });

  it('an empty or comments-only file means no sinks', () => {
    expect(loadSinks(sinksFile('# nothing yet\n'))).toEqual([]);
    expect(loadSinks(sinksFile('sinks:\n'))).toEqual([]);
  });

  it('builds enabled webhooks, fills ${VAR} from the environment and sends through them', async () => {
    let headers: IncomingHttpHeaders = {};
    const server = createServer((req, res) => {
      headers = req.headers;
      req.resume().on('end', () => res.writeHead(204).end());
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const port = (server.address() as AddressInfo).port;
      const file = sinksFile(`
sinks:
  - type: webhook
    name: chat
    url: http://127.0.0.1:\${HOOK_PORT}/hook
    headers:
      Authorization: Bearer \${HOOK_TOKEN}
    timeout: 2s
  - type: webhook
    name: off
    url: https://example.org/never
    enabled: false
`);
      const sinks = loadSinks(file, { HOOK_PORT: String(port), HOOK_TOKEN: 't0ken' });
      expect(sinks.map((s) => s.name)).toEqual(['chat']);
      await sinks[0]!.send({
        alert: 'new', id: 'x', url: 'https://e.org/', title: null, source: 'manual',
        supports: [], contradicts: [], discusses: [], facts: [], relevance: 0.5, reasons: [],
      });
      expect(headers.authorization).toBe('Bearer t0ken');
      await sinks[0]!.close();
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('names the file, the entry, the field and the fix for each problem', () => {
    const msg = problems(() =>
      loadSinks(
        sinksFile(`
sinks:
  - type: webhook
    name: chat
    url: not a url
    retries: many
  - type: email
    name: chat
    url: https://example.org
  - type: webhook
    name: hook
    url: https://example.org/\${MISSING_VAR}
    timout: 5s
`),
        {},
      ),
    );
    expect(msg).toContain(path.join(dir, 'sinks.yaml'));
    expect(msg).toMatch(/sinks\[0\].*field retries: must be a whole number from 0 to 20. Fix/);
    expect(msg).toMatch(/sinks\[1\].*field type: is not a known sink type\. Fix: use type: webhook/);
    expect(msg).toMatch(/sinks\[2\].*unknown field "timout"/);
  });

  it('reports unset variables, bad URLs and duplicate names once the shape is right', () => {
    const msg = problems(() =>
      loadSinks(
        sinksFile(`
sinks:
  - { type: webhook, name: chat, url: "ftp://example.org" }
  - { type: webhook, name: chat, url: "https://example.org/\${MISSING_VAR}" }
`),
        {},
      ),
    );
    expect(msg).toMatch(/sinks\[0\] \(name: chat\), field url: "ftp:\/\/example.org" is not an absolute http\(s\) URL\. Fix/);
    expect(msg).toMatch(/sinks\[1\] \(name: chat\), field name: used twice/);
    expect(msg).toMatch(/sinks\[1\] \(name: chat\), field url: uses \$\{MISSING_VAR\}, which is not set\. Fix: set MISSING_VAR/);
  });

  it('SINKS_FILE must exist when set; without it, a missing default means no sinks', () => {
    expect(problems(() => loadSinksFromEnv({ SINKS_FILE: path.join(dir, 'nope.yaml') }))).toMatch(/nope\.yaml: cannot be read/);
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      expect(loadSinksFromEnv({})).toEqual([]);
    } finally {
      process.chdir(cwd);
    }
  });
});
