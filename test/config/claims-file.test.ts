import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { loadClaimsFile, parseClaimsDocument } from '../../src/config/claims-file.ts';
import { ConfigError } from '../../src/config/config-error.ts';

const SEEDED_IDS = [
  'third-of-army-to-border', 'gomel-mazyr-directions', '1100-troops-30-miles', 'mechanized-first-since-2022', 'no-threat-to-ukraine',
  'offensive-needs-mobilization', 'tumar-fight-invasion', 'armor-seen-moving', 'russian-nukes-in-belarus', 'no-direct-war-role',
  'public-opposes-involvement', 'kyiv-warns-minsk',
];
const dir = mkdtempSync(join(tmpdir(), 'cw-claims-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function problems(data: unknown): string[] {
  try {
    parseClaimsDocument(data, 'claims.yaml', dir);
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return (err as ConfigError).problems;
  }
  throw new Error('expected a ConfigError');
}

const ok = { id: 'a-claim', statement: 'Belarus moved troops to the border.', by: 'someone', date: '2024-08-18' };

describe('claims file', () => {
  it('the project file holds the twelve seeded claims, in order, with its gazetteer and topic', () => {
    const cfg = loadClaimsFile(fileURLToPath(new URL('../../config/claims.yaml', import.meta.url)));
    expect(cfg.claims.map((c) => c.id)).toEqual(SEEDED_IDS);
    expect(cfg.gazetteer.length).toBeGreaterThan(40);
    expect(cfg.topic?.subject).toContain('belarus');
    for (const c of cfg.claims) expect(c.by && (c.date || c.window)).toBeTruthy();
  });

  it('names the entry, the field and the fix', () => {
    const [p] = problems({ claims: [ok, ok, { id: 'x', by: 'me', date: '2024-08-01' }] }).filter((x) => x.includes('claims[2]'));
    expect(p).toMatch(/entry claims\[2\] \(id: x\), field statement: .*Fix/);
  });

  it('rejects duplicate ids, a claim with no date, unknown fields and units', () => {
    expect(problems({ claims: [ok, ok] })).toEqual([expect.stringMatching(/claims\[1\] \(id: a-claim\), field id: duplicates claims\[0\]\. Fix/)]);
    expect(problems({ claims: [{ ...ok, date: undefined }] })[0]).toMatch(/field date: is missing\. Fix: add date/);
    expect(problems({ claims: [{ ...ok, colour: 'red' }] })[0]).toMatch(/claims\[0\] \(id: a-claim\), field \(the entry itself\): unknown field "colour"/);
    expect(problems({ claims: [{ ...ok, facts: { quantities: [{ kind: 'count', value: 3, unit: 'tanks' }] } }] })[0]).toMatch(/unit: "tanks" is not a known unit/);
    expect(problems({ claims: [{ ...ok, date: '18.08.2024' }] })[0]).toMatch(/field date: must be a date YYYY-MM-DD/);
    expect(problems({ claims: [] })[0]).toMatch(/is empty/);
  });

  it('reads the gazetteer it names, or gazetteer.yaml beside it, and reports a broken one', () => {
    writeFileSync(join(dir, 'places.yaml'), 'entries:\n  gomel: {kind: place, en: [Gomel], stems: [гомел]}\n');
    expect(parseClaimsDocument({ gazetteer: 'places.yaml', claims: [ok] }, 'claims.yaml', dir).gazetteer).toEqual([
      { key: 'gomel', kind: 'place', names: ['Gomel', 'гомел*'], except: [], requires: [] },
    ]);
    expect(parseClaimsDocument({ claims: [ok] }, 'claims.yaml', dir).gazetteer).toEqual([]);
    writeFileSync(join(dir, 'gazetteer.yaml'), 'entries:\n  x: {kind: planet}\n');
    expect(problems({ claims: [ok] })[0]).toMatch(/gazetteer\.yaml: entry x, field kind/);
    expect(problems({ gazetteer: 'missing.yaml', claims: [ok] })[0]).toMatch(/missing\.yaml: cannot be read/);
  });
});
