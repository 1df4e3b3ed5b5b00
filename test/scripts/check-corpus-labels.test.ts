import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../support/worker-process.ts';

const run = (dir: string) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'scripts/check-corpus-labels.ts', dir], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });

describe('scripts/check-corpus-labels.ts', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'claimwatch-corpus-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it.each(['corpus', 'corpus-holdout', 'corpus-holdout-2', 'corpus-holdout-3', 'corpus-holdout-4', 'corpus-holdout-5', 'corpus-holdout-6', 'corpus-holdout-7', 'corpus-holdout-8', 'corpus-dev-2'])('finds test/fixtures/%s consistent', (name) => {
    const r = run(`test/fixtures/${name}`);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^\d+ articles/);
  });

  it('names each problem and exits 1', () => {
    mkdirSync(join(tmp, 'articles'));
    writeFileSync(join(tmp, 'articles', 'en-a-01.html'), '<html><body><p>x</p></body></html>');
    writeFileSync(join(tmp, 'articles', 'en-orphan-02.html'), '<html></html>');
    writeFileSync(
      join(tmp, 'labels.yaml'),
      '- { id: en-a-01, file: articles/en-a-01.html, url: "https://x.example/a", lang: en, charset: utf-8, publishedAt: "2024-08-20", relevant: false, stances: { no-such-claim: supports }, newFacts: [], note: n }\n',
    );
    const r = run(tmp);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('en-a-01: unknown claim id no-such-claim');
    expect(r.stderr).toContain('en-a-01: irrelevant article with stances/newFacts');
    expect(r.stderr).toContain('en-orphan-02.html: no label');
  });
});
