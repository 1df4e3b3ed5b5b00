import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { filterLabelsByIds, readCorpusLabels } from '../../scripts/lib/corpus-labels.ts';

const dir = mkdtempSync(join(tmpdir(), 'claimwatch-labels-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const write = (yaml: string) => {
  const f = join(dir, `labels-${Math.random().toString(36).slice(2)}.yaml`);
  writeFileSync(f, yaml);
  return f;
};

describe('readCorpusLabels', () => {
  it('accepts a corpus written by someone else with only id, file and the gold labels', () => {
    const [l] = readCorpusLabels(write('- id: a1\n  file: articles/a1.html\n  relevant: true\n  stances: { claim-x: contradicts, claim-y: unrelated }\n'));
    expect(l).toMatchObject({ id: 'a1', lang: 'unknown', publishedAt: null, url: 'https://corpus.invalid/articles/a1.html' });
    expect(l!.stances).toEqual({ 'claim-x': 'contradicts', 'claim-y': 'unrelated' });
  });

  it('keeps a YAML date as an ISO day and any declared charset', () => {
    const [l] = readCorpusLabels(write('- id: a2\n  file: a2.html\n  url: https://x.example/a2\n  lang: ru\n  charset: koi8-r\n  publishedAt: 2024-08-19\n  relevant: false\n'));
    expect(l).toMatchObject({ publishedAt: '2024-08-19', charset: 'koi8-r', url: 'https://x.example/a2', stances: {} });
  });

  it('names the entry and the field of a bad label', () => {
    expect(() => readCorpusLabels(write('- id: a3\n  file: a3.html\n  relevant: maybe\n'))).toThrow(/entry a3: relevant/);
    expect(() => readCorpusLabels(write('- id: a4\n  file: a4.html\n  relevant: true\n  stances: { c: agrees }\n'))).toThrow(/entry a4: stances\.c/);
  });
});

describe('filterLabelsByIds', () => {
  const labels = [{ id: 'en-a-01' }, { id: 'en-b-02' }, { id: 'ru-c-13' }, { id: 'uk-d-40' }];
  it('keeps the ids the pattern matches, all of them without one', () => {
    expect(filterLabelsByIds(labels, '-\\d?[13579]$').map((l) => l.id)).toEqual(['en-a-01', 'ru-c-13']);
    expect(filterLabelsByIds(labels, '-\\d?[02468]$').map((l) => l.id)).toEqual(['en-b-02', 'uk-d-40']);
    expect(filterLabelsByIds(labels, null)).toHaveLength(4);
  });
});
