import { describe, expect, it } from 'vitest';
import { dateFromUrl, normaliseDate } from '../../src/extract/metadata/dates.ts';
import { stripSiteName } from '../../src/extract/metadata/title.ts';

describe('normaliseDate', () => {
  it('turns timestamps into UTC ISO strings and keeps bare dates', () => {
    expect(normaliseDate('2024-08-18T10:30:00+02:00')).toBe('2024-08-18T08:30:00.000Z');
    expect(normaliseDate('2024-08-18 10:30:00+0300')).toBe('2024-08-18T07:30:00.000Z');
    expect(normaliseDate('2024-08-18')).toBe('2024-08-18');
    expect(normaliseDate('Mon, 19 Aug 2024 06:00:00 GMT')).toBe('2024-08-19T06:00:00.000Z');
  });
  it('rejects junk and implausible years', () => {
    expect(normaliseDate('yesterday')).toBeNull();
    expect(normaliseDate('0001-01-01T00:00:00Z')).toBeNull();
    expect(normaliseDate('2024-13-40')).toBeNull();
    expect(normaliseDate('')).toBeNull();
  });
});

describe('dateFromUrl', () => {
  it.each([
    ['https://s.example/2024/08/19/story', '2024-08-19'],
    ['https://s.example/news/2024-08-19-story.html', '2024-08-19'],
    ['https://s.example/20240819/story', '2024-08-19'],
    ['https://s.example/2024/8/9/story', '2024-08-09'],
  ])('%s', (url, date) => expect(dateFromUrl(url)).toBe(date));
  it('ignores ids and years alone', () => {
    expect(dateFromUrl('https://s.example/news/123456789')).toBeNull();
    expect(dateFromUrl('https://s.example/2024/story')).toBeNull();
    expect(dateFromUrl('not a url')).toBeNull();
  });
});

describe('stripSiteName', () => {
  it('removes the site name at either end', () => {
    expect(stripSiteName('Troops move south | Border Monitor', 'Border Monitor')).toBe('Troops move south');
    expect(stripSiteName('Border Monitor - Troops move south', 'Border Monitor')).toBe('Troops move south');
    expect(stripSiteName('Troops move south – BBC News', 'BBC')).toBe('Troops move south');
  });
  it('without a known site name, drops a short tail only', () => {
    expect(stripSiteName('Minister says troops will stay near the border - Daily Courier', null)).toBe('Minister says troops will stay near the border');
    expect(stripSiteName('Lukashenko: a third of the army is at the border', null)).toBe('Lukashenko: a third of the army is at the border');
  });
  it('keeps separators inside the headline', () => {
    expect(stripSiteName('Belarus - Ukraine border: what we know | Border Monitor', 'Border Monitor')).toBe('Belarus - Ukraine border: what we know');
  });
});
