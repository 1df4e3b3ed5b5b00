import { describe, expect, it } from 'vitest';
import { BlockedAddressError, classifyAddress, createGuardedLookup, isAddressAllowed } from '../../src/fetch/ssrf-guard.ts';

describe('classifyAddress', () => {
  it.each([
    ['8.8.8.8', 'public'],
    ['93.184.216.34', 'public'],
    ['2001:4860:4860::8888', 'public'],
    ['127.0.0.1', 'loopback'],
    ['127.255.255.254', 'loopback'],
    ['::1', 'loopback'],
    ['10.0.0.1', 'private'],
    ['172.16.5.4', 'private'],
    ['172.31.255.255', 'private'],
    ['192.168.0.10', 'private'],
    ['169.254.10.20', 'link-local'],
    ['fe80::1', 'link-local'],
    ['fc00::1', 'unique-local'],
    ['fd12:3456::1', 'unique-local'],
    ['fec0::1', 'site-local'],
    ['100.64.0.1', 'cgnat'],
    ['100.127.255.254', 'cgnat'],
    ['169.254.169.254', 'metadata'],
    ['fd00:ec2::254', 'metadata'],
    ['100.100.100.200', 'metadata'],
    ['0.0.0.0', 'unspecified'],
    ['::', 'unspecified'],
    ['224.0.0.251', 'multicast'],
    ['ff02::1', 'multicast'],
    ['255.255.255.255', 'broadcast'],
    ['192.0.2.1', 'reserved'],
    ['198.18.0.1', 'reserved'],
    ['240.0.0.1', 'reserved'],
  ])('%s is %s', (ip, cls) => {
    expect(classifyAddress(ip)).toBe(cls);
  });

  it.each([
    ['::ffff:127.0.0.1', 'loopback'],
    ['::ffff:7f00:1', 'loopback'],
    ['::ffff:10.1.2.3', 'private'],
    ['::ffff:169.254.169.254', 'metadata'],
    ['::ffff:8.8.8.8', 'public'],
    ['64:ff9b::a9fe:a9fe', 'metadata'],
    ['64:ff9b::c0a8:0101', 'private'],
    ['2002:7f00:0001::1', 'loopback'],
    ['::127.0.0.1', 'loopback'],
    ['[::1]', 'loopback'],
  ])('judges IPv6 %s by the IPv4 address it embeds (%s)', (ip, cls) => {
    expect(classifyAddress(ip)).toBe(cls);
  });

  it('rejects what is not an IP address', () => {
    expect(() => classifyAddress('example.com')).toThrow(TypeError);
  });
});

describe('isAddressAllowed', () => {
  it('allows only public addresses by default', () => {
    expect(isAddressAllowed('8.8.8.8', false)).toBe(true);
    for (const ip of ['127.0.0.1', '10.0.0.1', '::1', 'fd00::1', '::ffff:192.168.1.1', '100.64.1.1']) expect(isAddressAllowed(ip, false)).toBe(false);
  });

  it('allows private networks with allowPrivate, but never metadata, multicast or unspecified', () => {
    for (const ip of ['127.0.0.1', '10.0.0.1', '::1', 'fd00::1', '192.168.1.1']) expect(isAddressAllowed(ip, true)).toBe(true);
    for (const ip of ['169.254.169.254', '::ffff:169.254.169.254', 'fd00:ec2::254', '0.0.0.0', '224.0.0.1']) expect(isAddressAllowed(ip, true)).toBe(false);
  });
});

describe('allow-listed addresses', () => {
  it('allows only the listed private addresses, in any notation, and never metadata', () => {
    const policy = { allowPrivate: false, allowAddresses: ['10.0.0.5', '::ffff:192.168.1.20', 'fd00::7', '169.254.169.254'] };
    expect(isAddressAllowed('10.0.0.5', policy)).toBe(true);
    expect(isAddressAllowed('::ffff:10.0.0.5', policy)).toBe(true);
    expect(isAddressAllowed('192.168.1.20', policy)).toBe(true);
    expect(isAddressAllowed('fd00:0:0:0:0:0:0:7', policy)).toBe(true);
    expect(isAddressAllowed('10.0.0.6', policy)).toBe(false);
    expect(isAddressAllowed('127.0.0.1', policy)).toBe(false);
    expect(isAddressAllowed('169.254.169.254', policy)).toBe(false);
  });

  it('names a bad entry', () => {
    expect(() => isAddressAllowed('10.0.0.1', { allowPrivate: false, allowAddresses: ['intranet.local'] })).toThrow(/intranet\.local/);
  });
});

describe('guarded lookup', () => {
  const lookup = (allowPrivate: boolean, host: string, all: boolean) =>
    new Promise<{ err: Error | null; address: unknown }>((resolve) =>
      createGuardedLookup(allowPrivate)(host, { all }, (err, address) => resolve({ err, address })),
    );

  it('refuses a name that resolves to loopback', async () => {
    const { err } = await lookup(false, 'localhost', false);
    expect(err).toBeInstanceOf(BlockedAddressError);
    expect((err as BlockedAddressError).addressClass).toBe('loopback');
    expect(err?.message).toContain('localhost');
  });

  it('answers in the shape asked for when the address is allowed', async () => {
    const one = await lookup(true, 'localhost', false);
    expect(one.err).toBeNull();
    expect(typeof one.address).toBe('string');
    const all = await lookup(true, 'localhost', true);
    expect(Array.isArray(all.address)).toBe(true);
  });
});
