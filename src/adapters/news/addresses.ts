/**
 * Which IP addresses a fetch may connect to. Anything that is not a public unicast address
 * (private, loopback, link-local, shared, unspecified, multicast, reserved) is named here so
 * the fetcher can refuse it: a URL handed to Habeas must not reach the machine itself, the
 * cloud metadata service (169.254.169.254) or the internal network.
 */
import { isIP } from 'node:net';

export type AddressKind =
  | 'public'
  | 'private'
  | 'loopback'
  | 'link-local'
  | 'shared'
  | 'unspecified'
  | 'multicast'
  | 'reserved';

/** Article used in messages: 'a private address', 'an unspecified address'. */
export function describeKind(kind: AddressKind): string {
  const names: Record<AddressKind, string> = {
    public: 'a public address',
    private: 'a private address',
    loopback: 'a loopback address',
    'link-local': 'a link-local address',
    shared: 'a shared (carrier-grade NAT) address',
    unspecified: 'an unspecified address',
    multicast: 'a multicast address',
    reserved: 'a reserved address',
  };
  return names[kind];
}

type V4 = [number, number, number, number];

function parseV4(text: string): V4 | null {
  const parts = text.split('.');
  if (parts.length !== 4) return null;
  const bytes = parts.map((p) => (/^\d{1,3}$/.test(p) ? Number(p) : Number.NaN));
  if (bytes.some((b) => !(b >= 0 && b <= 255))) return null;
  return bytes as V4;
}

function inV4(a: V4, net: V4, bits: number): boolean {
  const n = (x: V4) => ((x[0] << 24) | (x[1] << 16) | (x[2] << 8) | x[3]) >>> 0;
  const mask = bits === 0 ? 0 : (0xffffffff << (32 - bits)) >>> 0;
  return (n(a) & mask) === (n(net) & mask);
}

const v4Ranges: Array<[V4, number, AddressKind]> = [
  [[0, 0, 0, 0], 32, 'unspecified'],
  [[0, 0, 0, 0], 8, 'reserved'], // "this network"
  [[10, 0, 0, 0], 8, 'private'],
  [[100, 64, 0, 0], 10, 'shared'],
  [[127, 0, 0, 0], 8, 'loopback'],
  [[169, 254, 0, 0], 16, 'link-local'],
  [[172, 16, 0, 0], 12, 'private'],
  [[192, 0, 0, 0], 24, 'reserved'], // IETF protocol assignments
  [[192, 0, 2, 0], 24, 'reserved'], // documentation
  [[192, 88, 99, 0], 24, 'reserved'], // 6to4 relay anycast
  [[192, 168, 0, 0], 16, 'private'],
  [[198, 18, 0, 0], 15, 'reserved'], // benchmarking
  [[198, 51, 100, 0], 24, 'reserved'],
  [[203, 0, 113, 0], 24, 'reserved'],
  [[224, 0, 0, 0], 4, 'multicast'],
  [[240, 0, 0, 0], 4, 'reserved'], // includes 255.255.255.255
];

function classifyV4(a: V4): AddressKind {
  for (const [net, bits, kind] of v4Ranges) if (inV4(a, net, bits)) return kind;
  return 'public';
}

/** 16 bytes of an IPv6 address (with an optional dotted IPv4 tail), or null. */
export function parseV6(text: string): number[] | null {
  let s = text.replace(/^\[|\]$/g, '').toLowerCase();
  const zone = s.indexOf('%');
  if (zone >= 0) s = s.slice(0, zone);
  let tail: number[] = [];
  const lastColon = s.lastIndexOf(':');
  if (s.slice(lastColon + 1).includes('.')) {
    const v4 = parseV4(s.slice(lastColon + 1));
    if (!v4) return null;
    tail = [...v4];
    s = `${s.slice(0, lastColon + 1)}0:0`;
  }
  const halves = s.split('::');
  if (halves.length > 2) return null;
  const words = (h: string) => (h === '' ? [] : h.split(':'));
  const head = words(halves[0] ?? '');
  const rest = halves.length === 2 ? words(halves[1] ?? '') : [];
  const fill = 8 - head.length - rest.length;
  if ((halves.length === 2 && fill < 0) || (halves.length === 1 && fill !== 0)) return null;
  const all = [...head, ...Array<string>(Math.max(fill, 0)).fill('0'), ...rest];
  const bytes: number[] = [];
  for (const w of all) {
    if (!/^[0-9a-f]{1,4}$/.test(w)) return null;
    const v = Number.parseInt(w, 16);
    bytes.push(v >> 8, v & 0xff);
  }
  if (tail.length) bytes.splice(12, 4, ...tail);
  return bytes.length === 16 ? bytes : null;
}

function startsWith(b: number[], prefix: number[]): boolean {
  return prefix.every((p, i) => b[i] === p);
}

/** The IPv4 address an IPv6 address carries (mapped, compatible, NAT64, 6to4), if any. */
function embeddedV4(b: number[]): V4 | null {
  const last4 = (at: number) => b.slice(at, at + 4) as V4;
  const zeros10 = b.slice(0, 10).every((x) => x === 0);
  if (zeros10 && b[10] === 0xff && b[11] === 0xff) return last4(12); // ::ffff:a.b.c.d
  if (zeros10 && b[10] === 0 && b[11] === 0) return last4(12); // ::a.b.c.d (deprecated)
  if (startsWith(b, [0, 0x64, 0xff, 0x9b, 0, 0, 0, 0, 0, 0, 0, 0])) return last4(12); // NAT64
  if (b[0] === 0x20 && b[1] === 0x02) return last4(2); // 6to4 2002:aabb:ccdd::
  return null;
}

function classifyV6(b: number[]): AddressKind {
  if (b.every((x) => x === 0)) return 'unspecified';
  if (b.slice(0, 15).every((x) => x === 0) && b[15] === 1) return 'loopback';
  const v4 = embeddedV4(b);
  if (v4) {
    const kind = classifyV4(v4);
    // ::a.b.c.d with a public a.b.c.d is deprecated and never routed: refuse it too.
    return kind === 'public' && b[10] === 0 && b.slice(0, 10).every((x) => x === 0)
      ? 'reserved'
      : kind;
  }
  const first = b[0] ?? 0;
  const second = b[1] ?? 0;
  if (first === 0xff) return 'multicast';
  if (first === 0xfe && (second & 0xc0) === 0x80) return 'link-local';
  if (first === 0xfe && (second & 0xc0) === 0xc0) return 'private'; // deprecated site-local
  if ((first & 0xfe) === 0xfc) return 'private'; // unique local fc00::/7
  if (first === 0x20 && second === 0x01 && b[2] === 0x0d && b[3] === 0xb8) return 'reserved';
  if (first === 0x01 && b.slice(1, 8).every((x) => x === 0)) return 'reserved'; // discard 100::/64
  // Global unicast is 2000::/3; anything outside it is not a place to fetch news from.
  return (first & 0xe0) === 0x20 ? 'public' : 'reserved';
}

/** Kind of an IP literal, or null when the text is not an IP address. */
export function classifyAddress(address: string): AddressKind | null {
  const bare = address.replace(/^\[|\]$/g, '');
  const family = isIP(bare.split('%')[0] ?? '');
  if (family === 4) {
    const v4 = parseV4(bare);
    return v4 ? classifyV4(v4) : null;
  }
  if (family === 6) {
    const v6 = parseV6(bare);
    return v6 ? classifyV6(v6) : null;
  }
  return null;
}
