import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import {
  FncFormatError,
  checkBodiesPresent,
  parseFncStances,
  readFncBodies,
  readFncStances,
} from '../../scripts/lib/fnc-csv.ts';

const fx = (name: string) => resolve(import.meta.dirname, '../fixtures/fnc', name);

describe('FNC CSV reading', () => {
  it('reads bodies with embedded newlines and doubled quotes intact', () => {
    const bodies = readFncBodies(fx('bodies.csv'));
    expect([...bodies.keys()]).toEqual([7, 12, 31, 44]);
    const b7 = bodies.get(7)!;
    expect(b7).toContain('beach.\n\nThe animal');
    expect(b7).toContain('"It is real,"');
    expect(bodies.get(12)!.split('\n')).toHaveLength(2);
  });

  it('reads labelled stances, including quoted headlines with commas', () => {
    const pairs = readFncStances(fx('stances.csv'));
    expect(pairs).toHaveLength(6);
    expect(pairs[1]).toEqual({ headline: 'Giant squid washes up on beach', bodyId: 12, stance: 'disagree' });
    expect(pairs[4]!.headline).toBe('Bank raises rates, "again"');
  });

  it('gives stance null when the file has no Stance column (a test file)', () => {
    const pairs = readFncStances(fx('stances-unlabelled.csv'));
    expect(pairs.map((p) => p.stance)).toEqual([null, null]);
    expect(pairs[1]!.bodyId).toBe(31);
  });

  it('names the file and row of an unknown label', () => {
    expect(() => readFncStances(fx('stances-bad-label.csv'))).toThrow(/stances-bad-label\.csv row 2: unknown stance "refutes"/);
  });

  it('rejects a missing column, a bad id and a duplicate body', () => {
    expect(() => parseFncStances('Title,Body ID\nx,1\n', 'a.csv')).toThrow(/missing column "Headline"/);
    expect(() => parseFncStances('Headline,Body ID\nx,abc\n', 'a.csv')).toThrow(FncFormatError);
    expect(() => readFncBodies(fx('bodies-duplicate.csv'))).toThrow(/row 2: duplicate Body ID 7/);
  });

  it('reports pairs whose body is missing', () => {
    const bodies = readFncBodies(fx('bodies.csv'));
    expect(() => checkBodiesPresent(readFncStances(fx('stances-missing-body.csv')), bodies, 'b.csv')).toThrow(/e\.g\. 99/);
    expect(() => checkBodiesPresent(readFncStances(fx('stances.csv')), bodies, 'b.csv')).not.toThrow();
  });
});
