import net from 'node:net';

/**
 * Second-level suffixes under which each name is a separate site. Not the whole Public Suffix List:
 * the ones news sites in the region (and the big anglophone ones) use.
 */
const SECOND_LEVEL = new Set([
  'co.uk', 'org.uk', 'ac.uk', 'gov.uk', 'com.ua', 'org.ua', 'net.ua', 'in.ua', 'gov.ua', 'kiev.ua', 'kyiv.ua',
  'com.by', 'org.by', 'net.by', 'gov.by', 'mil.by', 'com.pl', 'org.pl', 'net.pl', 'gov.pl', 'com.ru', 'org.ru',
  'net.ru', 'msk.ru', 'spb.ru', 'com.lt', 'com.lv', 'com.ee', 'co.il', 'com.au', 'net.au', 'co.nz', 'co.jp',
  'com.br', 'com.tr', 'co.za', 'com.cn', 'com.hk', 'co.in', 'com.md', 'com.ge', 'com.kz', 'co.kr',
]);

/** The registrable part of a host ("news.bbc.co.uk" -> "bbc.co.uk"); IPs and single labels are their own site. */
export function siteOf(hostname: string): string {
  const host = hostname.toLowerCase().replace(/^\[|\]$/g, '').replace(/\.+$/, '');
  if (net.isIP(host)) return host;
  const labels = host.split('.');
  if (labels.length <= 2) return host;
  const lastTwo = labels.slice(-2).join('.');
  return SECOND_LEVEL.has(lastTwo) ? labels.slice(-3).join('.') : lastTwo;
}

export function isSameSite(a: string, b: string): boolean {
  return siteOf(a) === siteOf(b);
}
