import { describe, expect, it } from 'vitest';
import { formatAlert, shouldColor } from '../../src/alert/format-alert.ts';
import type { AlertRecord } from '../../src/alert/read-alert-log.ts';

const TIME = Date.parse('2026-08-20T10:00:00Z');
const contradiction: AlertRecord = {
  alert: 'contradiction',
  id: 'a1-1100-troops-30-miles',
  url: 'https://belsat.eu/en/news/troops',
  title: 'Opposition counts 15,000 troops',
  source: 'belsat-en',
  publishedAt: '2026-08-20T08:30:00Z',
  claim: '1100-troops-30-miles',
  evidence: 'Some 15,000 soldiers were moved south.',
  reason: 'count 15,000 vs claimed about 1,100',
  confidence: 0.85,
  time: TIME,
  msg: 'contradiction',
};
const fresh: AlertRecord = {
  alert: 'new',
  id: 'a1',
  url: 'https://belsat.eu/en/news/troops',
  title: null,
  source: 'manual',
  supports: ['third-of-army-to-border'],
  contradicts: ['1100-troops-30-miles'],
  discusses: [],
  facts: [{ kind: 'count', value: '15,000 troops', sentence: 'Some 15,000 soldiers were moved south.' }],
  relevance: 0.8,
  reasons: ['Belarusian forces near the border'],
  time: TIME,
  msg: 'new report',
};
const ANSI = /\x1b\[/;

describe('formatAlert', () => {
  it('shows kind, time, title, source, claim, evidence, reason and URL of a contradiction', () => {
    const text = formatAlert(contradiction, { color: false, now: TIME + 2 * 3600_000 });
    expect(text).not.toMatch(ANSI);
    const [head, ...rest] = text.split('\n');
    expect(head).toBe('CONTRADICTION  2026-08-20 10:00:00Z (2h ago)  Opposition counts 15,000 troops');
    expect(rest).toEqual([
      '  source      belsat-en  published 2026-08-20T08:30:00Z',
      '  claim       1100-troops-30-miles',
      '  evidence    “Some 15,000 soldiers were moved south.”',
      '  reason      count 15,000 vs claimed about 1,100',
      '  confidence  0.85',
      '  url         https://belsat.eu/en/news/troops',
      '  id          a1-1100-troops-30-miles',
    ]);
  });

  it('lists the claims a new report supports and contradicts, and its facts; leaves out empty lists', () => {
    const text = formatAlert(fresh, { color: false, now: TIME });
    expect(text).toContain('NEW  2026-08-20 10:00:00Z (0s ago)  (no title)');
    expect(text).toContain('  supports    third-of-army-to-border');
    expect(text).toContain('  contradicts 1100-troops-30-miles');
    expect(text).not.toContain('discusses');
    expect(text).toContain('  fact        count 15,000 troops: “Some 15,000 soldiers were moved south.”');
    expect(text).toContain('  relevance   0.80 (Belarusian forces near the border)');
  });

  it('colours only when asked, and the text is the same without the escapes', () => {
    const coloured = formatAlert(contradiction, { color: true, now: TIME });
    expect(coloured).toMatch(ANSI);
    expect(coloured.replace(/\x1b\[[0-9;]*m/g, '')).toBe(formatAlert(contradiction, { color: false, now: TIME }));
  });
});

describe('shouldColor', () => {
  it('colours a terminal only, and never with NO_COLOR', () => {
    expect(shouldColor({ isTTY: true }, {})).toBe(true);
    expect(shouldColor({ isTTY: false }, {})).toBe(false);
    expect(shouldColor({}, {})).toBe(false);
    expect(shouldColor({ isTTY: true }, { NO_COLOR: '1' })).toBe(false);
    expect(shouldColor({ isTTY: true }, { TERM: 'dumb' })).toBe(false);
    expect(shouldColor({ isTTY: false }, { FORCE_COLOR: '1' })).toBe(true);
    expect(shouldColor({ isTTY: true }, { FORCE_COLOR: '0' })).toBe(false);
  });
});
