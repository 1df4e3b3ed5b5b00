import { describe, expect, it } from 'vitest';
import { formatDuration, parseDuration } from '../../src/config/duration.ts';

describe('parseDuration', () => {
  it.each([
    ['90s', 90_000],
    ['10m', 600_000],
    ['1h', 3_600_000],
    ['1h30m', 5_400_000],
    ['2d', 172_800_000],
    ['500ms', 500],
    [' 5S ', 5000],
  ])('%s = %d ms', (text, ms) => expect(parseDuration(text)).toBe(ms));

  it.each(['', '10', 'ten minutes', '5 m', '-5s', '1w', 's'])('rejects %j', (text) => expect(parseDuration(text)).toBeNull());

  it('formats back', () => {
    expect(formatDuration(600_000)).toBe('10m');
    expect(formatDuration(90_000)).toBe('1m30s');
    expect(formatDuration(172_800_000)).toBe('2d');
    expect(formatDuration(630_000)).toBe('10m30s');
    expect(parseDuration(formatDuration(93_784_005))).toBe(93_784_005);
  });
});
