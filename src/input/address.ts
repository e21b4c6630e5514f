/**
 * Which network addresses the fetcher may never reach unless the user allows private targets:
 * loopback, private, link-local, CGNAT, unique-local, multicast, reserved and documentation ranges,
 * cloud metadata endpoints, and the same addresses hidden inside IPv6 (IPv4-mapped, -compatible,
 * NAT64, 6to4). A user-supplied URL must not become a way into the machine's own network (SSRF).
 */
import { BlockList, isIP } from 'node:net';

/** IPv4 ranges (RFC 6890 special-purpose registry, minus the globally reachable ones). */
const BLOCKED_V4: Array<[string, number]> = [
  ['0.0.0.0', 8], // "this network"
  ['10.0.0.0', 8], // RFC 1918
  ['100.64.0.0', 10], // CGNAT (also Alibaba's metadata 100.100.100.200)
  ['127.0.0.0', 8], // loopback
  ['169.254.0.0', 16], // link-local (AWS/GCP/Azure metadata 169.254.169.254)
  ['172.16.0.0', 12], // RFC 1918
  ['192.0.0.0', 24], // IETF protocol assignments
  ['192.0.2.0', 24], // TEST-NET-1
  ['192.88.99.0', 24], // 6to4 relay anycast
  ['192.168.0.0', 16], // RFC 1918
  ['198.18.0.0', 15], // benchmarking
  ['198.51.100.0', 24], // TEST-NET-2
  ['203.0.113.0', 24], // TEST-NET-3
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, includes 255.255.255.255
];

const BLOCKED_V6: Array<[string, number]> = [
  ['::', 128], // unspecified
  ['::1', 128], // loopback
  ['100::', 64], // discard
  ['2001:db8::', 32], // documentation
  ['fc00::', 7], // unique-local (AWS metadata fd00:ec2::254)
  ['fe80::', 10], // link-local
  ['fec0::', 10], // site-local (deprecated, still routed inside some networks)
  ['ff00::', 8], // multicast
];

/** Hostnames refused before any DNS lookup (metadata services resolve only inside clouds). */
const BLOCKED_HOSTNAMES = [/^localhost$/i, /\.localhost$/i, /^metadata(?:\.google\.internal|\.goog)?$/i, /\.internal$/i];

const blockList = new BlockList();
for (const [net, prefix] of BLOCKED_V4) blockList.addSubnet(net, prefix, 'ipv4');
for (const [net, prefix] of BLOCKED_V6) blockList.addSubnet(net, prefix, 'ipv6');

/** True when the hostname (not an IP literal) is a name we refuse outright. */
export function isBlockedHostname(hostname: string): boolean {
  const h = hostname.replace(/\.$/, '');
  return BLOCKED_HOSTNAMES.some((re) => re.test(h));
}

/** True when the IP address (v4 or v6 literal) is one the fetcher must not connect to. */
export function isBlockedAddress(address: string): boolean {
  const ip = address.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  const family = isIP(ip);
  if (family === 4) return blockList.check(ip, 'ipv4');
  if (family !== 6) return true; // not an address at all: refuse rather than guess
  if (blockList.check(ip, 'ipv6')) return true;
  const embedded = embeddedV4(ip);
  return embedded !== null && blockList.check(embedded, 'ipv4');
}

/** The IPv4 address carried inside an IPv6 one (mapped, compatible, NAT64, 6to4), if any. */
export function embeddedV4(ip: string): string | null {
  const words = expandV6(ip);
  if (!words) return null;
  const v4 = (hi: number, lo: number) => `${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`;
  const zero = (from: number, to: number) => words.slice(from, to).every((w) => w === 0);
  // ::ffff:a.b.c.d (mapped) and ::a.b.c.d (compatible, deprecated)
  if (zero(0, 5) && (words[5] === 0xffff || words[5] === 0)) return v4(words[6] as number, words[7] as number);
  // 64:ff9b::/96 NAT64 well-known prefix
  if (words[0] === 0x64 && words[1] === 0xff9b && zero(2, 6)) return v4(words[6] as number, words[7] as number);
  // 2002:AABB:CCDD::/48 6to4
  if (words[0] === 0x2002) return v4(words[1] as number, words[2] as number);
  return null;
}

function expandV6(ip: string): number[] | null {
  let s = ip.toLowerCase();
  const dotted = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(s);
  if (dotted) {
    const [a, b, c, d] = dotted.slice(1).map(Number) as [number, number, number, number];
    s = s.slice(0, dotted.index) + `${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [left, right] = s.split('::') as [string, string | undefined];
  const l = left ? left.split(':') : [];
  const r = right ? right.split(':') : [];
  const fill = right === undefined ? 0 : 8 - l.length - r.length;
  const words = [...l, ...Array<string>(Math.max(0, fill)).fill('0'), ...r].map((w) => parseInt(w, 16));
  return words.length === 8 && words.every((w) => Number.isFinite(w)) ? words : null;
}
