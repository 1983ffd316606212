import ipaddr from 'ipaddr.js';

/** Why an address is not a public unicast target (`public` when it is). */
export type AddressClass =
  | 'public'
  | 'unspecified'
  | 'broadcast'
  | 'multicast'
  | 'linkLocal'
  | 'loopback'
  | 'carrierGradeNat'
  | 'private'
  | 'reserved'
  | 'uniqueLocal'
  | 'ipv4Mapped'
  | 'nat64'
  | '6to4'
  | 'teredo'
  | 'special'
  | 'invalid';

const IPV4_NAMES: Record<string, AddressClass> = {
  unicast: 'public',
  unspecified: 'unspecified',
  broadcast: 'broadcast',
  multicast: 'multicast',
  linkLocal: 'linkLocal',
  loopback: 'loopback',
  carrierGradeNat: 'carrierGradeNat',
  private: 'private',
  reserved: 'reserved',
};

const IPV6_NAMES: Record<string, AddressClass> = {
  unicast: 'public',
  unspecified: 'unspecified',
  linkLocal: 'linkLocal',
  multicast: 'multicast',
  loopback: 'loopback',
  uniqueLocal: 'uniqueLocal',
  ipv4Mapped: 'ipv4Mapped',
  rfc6145: 'ipv4Mapped',
  rfc6052: 'nat64',
  '6to4': '6to4',
  teredo: 'teredo',
  reserved: 'reserved',
  deprecatedSiteLocal: 'private',
};

const GLOBAL_UNICAST_V6 = ipaddr.parseCIDR('2000::/3');

/**
 * Classifies an IP literal (v4 or v6, brackets allowed). Anything that is not plain public
 * unicast gets the name of its range; ranges ipaddr.js knows but we do not name become `special`
 * (AS112, AMT, ORCHID, benchmarking...), and IPv6 outside 2000::/3 is `reserved`.
 */
export function classifyAddress(address: string): AddressClass {
  const text = address.startsWith('[') && address.endsWith(']') ? address.slice(1, -1) : address;
  if (!ipaddr.isValid(text)) return 'invalid';
  const parsed = ipaddr.parse(text);
  const range = parsed.range();
  if (parsed.kind() === 'ipv4') return IPV4_NAMES[range] ?? 'special';
  const named = IPV6_NAMES[range] ?? 'special';
  if (named === 'public' && !parsed.match(GLOBAL_UNICAST_V6)) return 'reserved';
  return named;
}

/** True when an IP literal is a public unicast address. */
export function isPublicAddress(address: string): boolean {
  return classifyAddress(address) === 'public';
}

/** True when `host` (as URL.hostname gives it, v6 in brackets) is an IP literal. */
export function isIpLiteral(host: string): boolean {
  const text = host.startsWith('[') && host.endsWith(']') ? host.slice(1, -1) : host;
  return ipaddr.isValid(text) && (text.includes(':') || ipaddr.IPv4.isValidFourPartDecimal(text));
}

export type ParsedCallbackUrl =
  | { ok: true; url: URL; host: string; literal: boolean }
  | { ok: false; reason: string };

/**
 * The checks that need no DNS: http(s) only, no credentials, a host. The WHATWG parser already
 * normalises odd IPv4 spellings (`0x7f.1`, `2130706433`) to dotted quads, so they are classified
 * like any literal. `allowPrivate` lets loopback/private literals through (local development).
 */
export function parseCallbackUrl(raw: string, allowPrivate: boolean): ParsedCallbackUrl {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { ok: false, reason: 'must be an absolute http(s) URL' };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return { ok: false, reason: `scheme ${url.protocol.replace(/:$/, '')} is not allowed (http or https only)` };
  }
  if (url.username !== '' || url.password !== '') return { ok: false, reason: 'must not contain credentials' };
  const host = url.hostname;
  if (host === '') return { ok: false, reason: 'must have a host' };
  const literal = isIpLiteral(host);
  if (!allowPrivate) {
    if (literal) {
      const kind = classifyAddress(host);
      if (kind !== 'public') return { ok: false, reason: describeRefusal(host, kind) };
    } else if (host === 'localhost' || host.endsWith('.localhost')) {
      return { ok: false, reason: `host ${host} is a loopback name` };
    }
  }
  return { ok: true, url, host, literal };
}

/** The message used when an address is refused, e.g. "address 10.0.0.1 is private". */
export function describeRefusal(address: string, kind: AddressClass): string {
  return `address ${address} is ${kind === 'invalid' ? 'not a valid IP address' : `not public (${kind})`}`;
}
