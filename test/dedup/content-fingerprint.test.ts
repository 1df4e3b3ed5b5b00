import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { coreText, fingerprint, hammingDistance, normaliseText } from '../../src/dedup/content-fingerprint.ts';
import { fixture } from '../fetch/support/fixture-server.ts';

const text = (name: string) => fixture(`dedup/${name}`).toString('utf8');
const FNC1 = new URL('../../../shared/bench-data/fnc1/train_bodies.csv', import.meta.url);

describe('fingerprint', () => {
  it('returns a 64-bit SimHash and a sha256 of the normalised text', () => {
    const fp = fingerprint(text('original.txt'));
    expect(typeof fp.simhash).toBe('bigint');
    expect(fp.simhash >= 0n && fp.simhash < 1n << 64n).toBe(true);
    expect(fp.simhash).not.toBe(0n);
    expect(fp.exact).toMatch(/^[0-9a-f]{64}$/);
  });

  it('ignores case, punctuation, whitespace, Unicode forms and ё/е', () => {
    const a = fingerprint('Около 1100 военных ПЕРЕБРОШЕНЫ к границе, сообщает источник; бронетранспортёры замечены на трассе М10.');
    const b = fingerprint('около 1100  военных переброшены к границе — сообщает источник: бронетранспортеры замечены на трассе м10');
    expect(b.exact).toBe(a.exact);
    expect(b.simhash).toBe(a.simhash);
  });

  it('finds a syndicated copy with another title and page chrome (English and Russian)', () => {
    const en = [fingerprint(text('original.txt')), fingerprint(text('syndicated-copy.txt'))] as const;
    expect(hammingDistance(en[0].simhash, en[1].simhash)).toBeLessThanOrEqual(3);
    const ru = [fingerprint(text('original-ru.txt')), fingerprint(text('syndicated-copy-ru.txt'))] as const;
    expect(hammingDistance(ru[0].simhash, ru[1].simhash)).toBeLessThanOrEqual(3);
  });

  it('keeps two different articles on the same story far apart', () => {
    const a = fingerprint(text('original.txt'));
    const b = fingerprint(text('same-topic-other-article.txt'));
    expect(b.exact).not.toBe(a.exact);
    expect(hammingDistance(a.simhash, b.simhash)).toBeGreaterThan(10);
  });

  it('moves only a little under a small edit, far less than for another article', () => {
    const original = text('original.txt');
    const edited = original.replace('several tanks moving south', 'at least four tanks heading south');
    const edit = hammingDistance(fingerprint(original).simhash, fingerprint(edited).simhash);
    const other = hammingDistance(fingerprint(original).simhash, fingerprint(text('same-topic-other-article.txt')).simhash);
    expect(edit).toBeLessThanOrEqual(10);
    expect(edit * 2).toBeLessThan(other);
  });

  it('handles empty and very short texts', () => {
    expect(fingerprint('').simhash).toBe(0n);
    expect(fingerprint('  \n ').exact).toBe(fingerprint('').exact);
    expect(fingerprint('Troops').simhash).not.toBe(0n);
    expect(fingerprint('Troops moved').exact).not.toBe(fingerprint('Troops stayed').exact);
  });

  it('coreText drops headlines, captions and boilerplate but keeps a short text whole', () => {
    const core = coreText(text('syndicated-copy.txt'));
    expect(core).not.toMatch(/Subscribe|Photo|Read also|All rights reserved|Opposition says/);
    expect(core).toContain('Belarus has moved about 1,100 troops');
    expect(coreText('Short note. Nothing else.')).toBe('Short note. Nothing else.');
  });

  it('normaliseText lower-cases and strips punctuation', () => {
    expect(normaliseText('  «Ёлка», Minsk—Gomel!  ')).toBe('елка minsk gomel');
  });

  it('hammingDistance counts differing bits over 64 bits', () => {
    expect(hammingDistance(0n, 0n)).toBe(0);
    expect(hammingDistance(0n, (1n << 64n) - 1n)).toBe(64);
    expect(hammingDistance(0b1011n, 0b0110n)).toBe(3);
  });

  // 1,683 real news bodies (FNC-1), many of them on the same few stories: copies with chrome must match,
  // distinct bodies must not. Runs where the shared benchmark data is present.
  it.skipIf(!existsSync(FNC1))('on FNC-1 bodies: copies found, no false matches between different texts', () => {
    const rows = parse(readFileSync(FNC1), { columns: true }) as Array<{ articleBody: string }>;
    const bodies = rows.map((r) => r.articleBody).filter((b) => b.split(/\s+/).length >= 80);
    const fps = bodies.map((b) => fingerprint(b));
    const chrome = (b: string) => `An entirely different headline\n\nSubscribe to our newsletter.\n\n${b}\n\nRead also: another story\n\n© 2024 Some Outlet. All rights reserved.`;
    let found = 0;
    for (let i = 0; i < bodies.length; i++) if (hammingDistance(fps[i]!.simhash, fingerprint(chrome(bodies[i]!)).simhash) <= 3) found++;
    expect(found / bodies.length).toBeGreaterThan(0.98);
    // Pairs within 3 bits must really be near-identical texts (3-word-shingle Jaccard well above chance).
    const shingles = (t: string) => {
      const w = normaliseText(t).split(' ');
      const s = new Set<string>();
      for (let i = 0; i + 3 <= w.length; i++) s.add(w.slice(i, i + 3).join(' '));
      return s;
    };
    let worst = 1;
    for (let i = 0; i < fps.length; i++) {
      for (let j = i + 1; j < fps.length; j++) {
        if (hammingDistance(fps[i]!.simhash, fps[j]!.simhash) > 3) continue;
        const a = shingles(bodies[i]!);
        const b = shingles(bodies[j]!);
        let inter = 0;
        for (const x of a) if (b.has(x)) inter++;
        worst = Math.min(worst, inter / (a.size + b.size - inter));
      }
    }
    expect(worst).toBeGreaterThan(0.6);
  });
});
