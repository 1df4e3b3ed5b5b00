import { describe, expect, it } from 'vitest';
import { sniffBinary } from '../../src/fetch/binary-sniff.ts';
import { isBinaryMediaType, parseContentType } from '../../src/fetch/content-type.ts';
import { parseRetryAfter } from '../../src/fetch/retry-after.ts';

describe('parseRetryAfter', () => {
  const now = Date.parse('2024-08-10T12:00:00Z');
  it('reads delay-seconds and HTTP-dates', () => {
    expect(parseRetryAfter('120', now)).toBe(120_000);
    expect(parseRetryAfter(' 0 ', now)).toBe(0);
    expect(parseRetryAfter('Sat, 10 Aug 2024 12:01:30 GMT', now)).toBe(90_000);
  });
  it('treats past dates as now and caps absurd delays at a day', () => {
    expect(parseRetryAfter('Fri, 09 Aug 2024 12:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('99999999', now)).toBe(24 * 3600 * 1000);
  });
  it('returns null for missing or unparseable values', () => {
    for (const v of [undefined, null, '', 'soon', '-5', '1.5']) expect(parseRetryAfter(v, now)).toBeNull();
  });
});

describe('parseContentType', () => {
  it('splits media type and charset, lower-cased, quotes removed', () => {
    expect(parseContentType('Text/HTML; Charset="Windows-1251"')).toEqual({ mediaType: 'text/html', charset: 'windows-1251' });
    expect(parseContentType('application/rss+xml')).toEqual({ mediaType: 'application/rss+xml', charset: null });
    expect(parseContentType('')).toBeNull();
    expect(parseContentType(undefined)).toBeNull();
  });
  it('knows which media types cannot be text', () => {
    for (const t of ['image/png', 'video/mp4', 'audio/mpeg', 'application/pdf', 'application/zip', 'application/vnd.ms-excel', 'font/woff2']) expect(isBinaryMediaType(t)).toBe(true);
    for (const t of ['text/html', 'application/xml', 'application/rss+xml', 'application/octet-stream', 'application/vnd.api+json', 'application/json']) expect(isBinaryMediaType(t)).toBe(false);
  });
});

describe('sniffBinary', () => {
  it('names common binary formats and NUL bytes', () => {
    expect(sniffBinary(Buffer.from('89504e470d0a1a0a0000', 'hex'))).toBe('png');
    expect(sniffBinary(Buffer.from('ffd8ffe000104a464946', 'hex'))).toBe('jpeg');
    expect(sniffBinary(Buffer.from('%PDF-1.7\n'))).toBe('pdf');
    expect(sniffBinary(Buffer.from('1f8b0800000000000003', 'hex'))).toBe('gzip');
    expect(sniffBinary(Buffer.from('00000018667479706d703432', 'hex'))).toBe('mp4');
    expect(sniffBinary(Buffer.from('<html>\u0000</html>', 'latin1'))).toBe('NUL bytes');
  });
  it('passes text, including UTF-16 with a BOM', () => {
    expect(sniffBinary(Buffer.from('<?xml version="1.0"?><rss/>'))).toBeNull();
    expect(sniffBinary(Buffer.from('Привет, GIF89a is just text here'))).toBeNull();
    expect(sniffBinary(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<rss/>', 'utf16le')]))).toBeNull();
  });
});
