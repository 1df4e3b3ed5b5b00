import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { buildAlerts } from '../../src/alert/build-alerts.ts';
import { emitAlerts } from '../../src/alert/emit-alerts.ts';
import type { Alert } from '../../src/alert/types.ts';
import type { Verdict } from '../../src/match/types.ts';
import { REDIS_URL, removePrefix, uniquePrefix } from '../support/redis-prefix.ts';

const verdict = (relevant: boolean): Verdict => ({
  lang: 'en',
  relevance: { relevant, score: relevant ? 0.9 : 0.1, reasons: ['test'] },
  claims: [
    { claimId: 'a', stance: 'supports', confidence: 0.8, evidence: ['A.'], reason: 'same', comparisons: [] },
    { claimId: 'b', stance: 'contradicts', confidence: 0.9, evidence: ['Not B.', 'More.'], reason: 'count 15,000 vs claimed about 1,100', comparisons: [] },
    { claimId: 'c', stance: 'contradicts', confidence: 0.7, evidence: ['Not C.'], reason: 'denied', comparisons: [] },
    { claimId: 'd', stance: 'unrelated', confidence: 0.5, evidence: [], reason: '', comparisons: [] },
  ],
  newFacts: [{ kind: 'place', value: 'Brest', sentence: 'Troops went to Brest.' }],
});
const subject = { key: 'https://x.example/a', url: 'https://x.example/a', title: 'T', source: 's1', publishedAt: '2024-08-20T00:00:00Z', lang: null };

describe('buildAlerts', () => {
  it('gives nothing for an irrelevant article', () => {
    expect(buildAlerts(subject, verdict(false))).toEqual([]);
  });

  it('gives one new alert and one contradiction alert per contradicted claim, with stable ids', () => {
    const alerts = buildAlerts(subject, verdict(true));
    expect(alerts.map((a) => [a.alert, a.alert === 'contradiction' ? a.claim : null])).toEqual([
      ['new', null],
      ['contradiction', 'b'],
      ['contradiction', 'c'],
    ]);
    expect(alerts[0]).toMatchObject({ supports: ['a'], contradicts: ['b', 'c'], facts: [{ value: 'Brest' }], source: 's1', lang: 'en' });
    expect(alerts[1]).toMatchObject({ evidence: 'Not B.', reason: 'count 15,000 vs claimed about 1,100', url: subject.url });
    expect(buildAlerts(subject, verdict(true)).map((a) => a.id)).toEqual(alerts.map((a) => a.id));
    expect(buildAlerts({ ...subject, key: 'https://x.example/b' }, verdict(true))[0]!.id).not.toBe(alerts[0]!.id);
  });
});

describe('emitAlerts (real Redis)', () => {
  const prefix = uniquePrefix('emit');
  const redis = new Redis(REDIS_URL);
  afterAll(async () => {
    await removePrefix(prefix);
    redis.disconnect();
  });

  it('logs each alert id once, even when emitted concurrently by several workers', async () => {
    const written: Alert[] = [];
    const log = { write: (a: Alert) => void written.push(a) };
    const alerts = buildAlerts(subject, verdict(true));
    const runs = await Promise.all([1, 2, 3].map(() => emitAlerts({ redis, prefix, ttlMs: 60_000, log }, alerts)));
    expect(written.map((a) => a.id).sort()).toEqual(alerts.map((a) => a.id).sort());
    for (const alert of alerts) expect(runs.filter((r) => r.find((e) => e.id === alert.id)!.logged)).toHaveLength(1);
  });

  it('keeps logging when a sink fails', async () => {
    const written: Alert[] = [];
    const errors: string[] = [];
    const sink = { name: 'hook', send: async () => Promise.reject(new Error('down')), close: async () => {} };
    const alerts = buildAlerts({ ...subject, key: 'https://x.example/other' }, verdict(true));
    await emitAlerts({ redis, prefix, ttlMs: 60_000, log: { write: (a) => void written.push(a) }, sinks: [sink], onSinkError: (e) => errors.push(e.message) }, alerts);
    expect(written).toHaveLength(3);
    await expect.poll(() => errors.length).toBe(3);
  });
});
