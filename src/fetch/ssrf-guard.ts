import dns from 'node:dns';
import net from 'node:net';
import ipaddr from 'ipaddr.js';
import { buildConnector } from 'undici';

// SSRF guard: a fetch may only reach public addresses (unless allowed), judged on the address actually
// connected to, at connect time, so every redirect hop and every DNS answer is checked.

/** What an IP address is, as far as deciding whether a fetch may reach it. */
export type AddressClass =
  | 'public'
  | 'loopback'
  | 'private'
  | 'link-local'
  | 'unique-local'
  | 'site-local'
  | 'cgnat'
  | 'metadata'
  | 'unspecified'
  | 'multicast'
  | 'broadcast'
  | 'reserved';

/** Cloud metadata endpoints: never a news source, refused even when private addresses are allowed. */
const METADATA = new Set(['169.254.169.254', '169.254.170.2', '100.100.100.200', 'fd00:ec2::254', '192.0.0.192']);

const V4_RANGES: Record<string, AddressClass> = {
  unspecified: 'unspecified',
  broadcast: 'broadcast',
  multicast: 'multicast',
  linkLocal: 'link-local',
  loopback: 'loopback',
  carrierGradeNat: 'cgnat',
  private: 'private',
  reserved: 'reserved',
  as112: 'reserved',
  amt: 'reserved',
};

const V6_RANGES: Record<string, AddressClass> = {
  unspecified: 'unspecified',
  linkLocal: 'link-local',
  multicast: 'multicast',
  loopback: 'loopback',
  uniqueLocal: 'unique-local',
  deprecatedSiteLocal: 'site-local',
  discard: 'reserved',
  reserved: 'reserved',
  benchmarking: 'reserved',
  as112v6: 'reserved',
  orchid2: 'reserved',
  deprecatedOrchid: 'reserved',
  droneRemoteIdProtocolEntityTags: 'reserved',
  segmentRouting: 'reserved',
};

/** Classifies an IPv4 or IPv6 literal; IPv6 forms that embed an IPv4 address are judged by it. */
export function classifyAddress(ip: string): AddressClass {
  const bare = ip.startsWith('[') && ip.endsWith(']') ? ip.slice(1, -1) : ip;
  if (!ipaddr.isValid(bare)) throw new TypeError(`not an IP address: ${ip}`);
  const addr = ipaddr.parse(bare.replace(/%.*$/, ''));
  if (METADATA.has(addr.toNormalizedString()) || METADATA.has(addr.toString())) return 'metadata';
  if (addr.kind() === 'ipv4') return V4_RANGES[(addr as ipaddr.IPv4).range()] ?? 'public';
  const v6 = addr as ipaddr.IPv6;
  const embedded = embeddedIPv4(v6);
  if (embedded) return classifyAddress(embedded);
  return V6_RANGES[v6.range()] ?? 'public';
}

/**
 * IPv4-mapped (::ffff:a.b.c.d), IPv4-translated (::ffff:0:a.b.c.d), NAT64 (64:ff9b::/96),
 * 6to4 (2002::/16) and the deprecated IPv4-compatible (::a.b.c.d) forms all reach an IPv4 host.
 */
function embeddedIPv4(v6: ipaddr.IPv6): string | null {
  const p = v6.parts;
  const v4 = (hi: number, lo: number) => `${hi >> 8}.${hi & 0xff}.${lo >> 8}.${lo & 0xff}`;
  const range = v6.range();
  if (range === 'ipv4Mapped' || range === 'rfc6145' || range === 'rfc6052') return v4(p[6]!, p[7]!);
  if (range === '6to4') return v4(p[1]!, p[2]!);
  if (p.slice(0, 6).every((x) => x === 0) && (p[6]! !== 0 || p[7]! > 1)) return v4(p[6]!, p[7]!);
  return null;
}

/**
 * Which non-public addresses a fetch may reach: all private ranges (ALLOW_PRIVATE_URLS), or only the
 * listed addresses (one self-hosted feed on the LAN without opening the whole network).
 */
export interface AddressPolicy {
  allowPrivate: boolean;
  allowAddresses?: Iterable<string>;
}

/** A policy compiled for repeated checks: listed addresses in canonical form. */
interface CompiledPolicy {
  allowPrivate: boolean;
  allowed: Set<string>;
}

const compiled = new WeakMap<object, CompiledPolicy>();

function compile(policy: boolean | AddressPolicy): CompiledPolicy {
  if (typeof policy === 'boolean') return { allowPrivate: policy, allowed: new Set() };
  let c = compiled.get(policy);
  if (!c) {
    c = { allowPrivate: policy.allowPrivate, allowed: new Set([...(policy.allowAddresses ?? [])].map(canonicalIp)) };
    compiled.set(policy, c);
  }
  return c;
}

function canonicalIp(ip: string): string {
  const bare = ip.replace(/^\[|\]$/g, '');
  if (!ipaddr.isValid(bare)) throw new TypeError(`allowAddresses: not an IP address: ${ip}`);
  return ipaddr.process(bare).toNormalizedString();
}

/** Addresses that are never fetched, whatever the policy: no news source lives there. */
const NEVER: ReadonlySet<AddressClass> = new Set(['metadata', 'unspecified', 'multicast', 'broadcast']);

/** True when a fetch may connect to `ip` under the given policy (a boolean is `allowPrivate`). */
export function isAddressAllowed(ip: string, policy: boolean | AddressPolicy): boolean {
  const cls = classifyAddress(ip);
  if (cls === 'public') return true;
  if (NEVER.has(cls)) return false;
  const p = compile(policy);
  return p.allowPrivate || p.allowed.has(canonicalIp(ip));
}

/** Raised at connect time; the HTTP client maps it to FetchError kind 'private-address'. */
export class BlockedAddressError extends Error {
  override readonly name = 'BlockedAddressError';
  readonly code = 'ERR_CLAIMWATCH_BLOCKED_ADDRESS';
  constructor(
    readonly host: string,
    readonly address: string,
    readonly addressClass: AddressClass,
  ) {
    super(`refusing to connect to ${host} (${host === address ? '' : `${address}, `}${addressClass} address)`);
  }
}

export function assertAddressAllowed(host: string, ip: string, policy: boolean | AddressPolicy): void {
  if (!isAddressAllowed(ip, policy)) throw new BlockedAddressError(host, ip, classifyAddress(ip));
}

type LookupCallback = (err: NodeJS.ErrnoException | null, address: string | dns.LookupAddress[], family?: number) => void;

/**
 * A `net.connect` lookup that resolves every address of the host and refuses the connection when any
 * of them is blocked: checking only the one Node picks would let a host mix public and private records.
 */
export function createGuardedLookup(policy: boolean | AddressPolicy) {
  return function guardedLookup(hostname: string, options: dns.LookupOptions, callback: LookupCallback): void {
    dns.lookup(hostname, { ...options, all: true }, (err, addresses) => {
      if (err) return callback(err, []);
      for (const a of addresses) {
        if (!isAddressAllowed(a.address, policy)) {
          return callback(new BlockedAddressError(hostname, a.address, classifyAddress(a.address)) as NodeJS.ErrnoException, []);
        }
      }
      if (options.all) return callback(null, addresses);
      const first = addresses[0];
      if (!first) return callback(Object.assign(new Error(`no address for ${hostname}`), { code: 'ENOTFOUND' }), []);
      callback(null, first.address, first.family);
    });
  };
}

/**
 * An undici connector that checks the resolved address of every connection (so every redirect hop):
 * IP literals directly (Node skips the lookup for them), names through the guarded lookup.
 */
export function createGuardedConnector(opts: { policy: boolean | AddressPolicy; connectTimeoutMs: number }): buildConnector.connector {
  const inner = buildConnector({ timeout: opts.connectTimeoutMs, lookup: createGuardedLookup(opts.policy) } as buildConnector.BuildOptions);
  return (options, callback) => {
    const host = options.hostname;
    if (net.isIP(host)) {
      try {
        assertAddressAllowed(host, host, opts.policy);
      } catch (err) {
        return callback(err as Error, null);
      }
    }
    inner(options, callback);
  };
}
