import { describe, expect, it } from 'vitest';
import { MAX_SOURCE_BACKOFF_MS, sourceBackoffMs } from '../../src/source-state/backoff.ts';

describe('source backoff', () => {
  it('keeps the normal interval after one failure, then doubles, capped at 6 h', () => {
    expect(sourceBackoffMs(1, 60_000)).toBe(0);
    expect(sourceBackoffMs(2, 60_000)).toBe(120_000);
    expect(sourceBackoffMs(3, 60_000)).toBe(240_000);
    expect(sourceBackoffMs(30, 60_000)).toBe(MAX_SOURCE_BACKOFF_MS);
  });
});
