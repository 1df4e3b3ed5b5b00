import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { ConfigError } from '../../src/config/config-error.ts';
import { loadSourcesFile, parseSourcesDocument } from '../../src/config/sources-file.ts';

const ok = { id: 'belsat-en', url: 'https://belsat.eu/en/feed', type: 'feed', every: '10m' };

function problems(data: unknown): string {
  try {
    parseSourcesDocument(data, 'sources.yaml');
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return (err as Error).message;
  }
  throw new Error('expected a ConfigError');
}

describe('sources file', () => {
  it('parses a valid entry and converts the interval', () => {
    const [s] = parseSourcesDocument({ sources: [ok] }, 'sources.yaml');
    expect(s).toMatchObject({ id: 'belsat-en', type: 'feed', every: 600_000, enabled: true });
  });

  it('the default sources file is valid and lists real feeds', () => {
    const sources = loadSourcesFile(path.resolve(import.meta.dirname, '../../config/sources.yaml'));
    expect(sources.length).toBeGreaterThanOrEqual(10);
    expect(sources.find((s) => s.id === 'belta')?.stateRun).toBe(true);
  });

  it('names the file, the entry, the field and the fix for a bad interval', () => {
    const msg = problems({ sources: [ok, { ...ok, id: 'zerkalo', every: 'often' }] });
    expect(msg).toContain('sources.yaml');
    expect(msg).toContain('sources[1] (id: zerkalo)');
    expect(msg).toContain('field every');
    expect(msg).toContain('Fix:');
  });

  it('rejects an unknown field, naming it', () => {
    const msg = problems({ sources: [{ ...ok, intervall: '5m' }] });
    expect(msg).toMatch(/sources\[0\] \(id: belsat-en\).*unknown field "intervall".*Fix: remove it/);
  });

  it('rejects a duplicate id', () => {
    expect(problems({ sources: [ok, ok] })).toMatch(/sources\[1\].*duplicates sources\[0\]/);
  });

  it('rejects a bad type, a missing url and a non-http url', () => {
    expect(problems({ sources: [{ ...ok, type: 'rss' }] })).toMatch(/field type.*"feed".*"page"/);
    const { url: _u, ...noUrl } = ok;
    expect(problems({ sources: [noUrl] })).toMatch(/field url: is missing/);
    expect(problems({ sources: [{ ...ok, url: 'ftp://x/feed' }] })).toMatch(/field url: must be an absolute http\(s\) URL/);
  });

  it('says when the file is missing or not YAML', () => {
    expect(() => loadSourcesFile('/nonexistent/sources.yaml')).toThrow(/sources.yaml: cannot be read \(ENOENT\)/);
  });
});
