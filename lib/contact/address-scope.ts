// Pure helper for rate limiting: the unit a single visitor controls. One IPv4 address, but for IPv6 a
// whole /64, because every home or phone connection gets a /64 and can rotate within it at will.

const IPV4 = /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/;
const HEXTET = /^[0-9a-f]{1,4}$/;

function expandIpv6(address: string): string[] | null {
  const halves = address.split('::');
  if (halves.length > 2) return null;
  const split = (part: string | undefined): string[] => (part ? part.split(':') : []);
  const head = split(halves[0]);
  const tail = split(halves[1]);
  // An embedded IPv4 tail (::ffff:1.2.3.4) stands for two hextets.
  const last = halves.length === 2 ? tail : head;
  const dotted = last[last.length - 1];
  if (dotted !== undefined && dotted.includes('.')) {
    if (!IPV4.test(dotted)) return null;
    const [a = 0, b = 0, c = 0, d = 0] = dotted.split('.').map(Number);
    last.splice(last.length - 1, 1, ((a << 8) | b).toString(16), ((c << 8) | d).toString(16));
  }
  const missing = 8 - head.length - tail.length;
  if (halves.length === 1 ? missing !== 0 : missing < 1) return null;
  const hextets = [...head, ...Array<string>(halves.length === 1 ? 0 : missing).fill('0'), ...tail];
  return hextets.every((h) => HEXTET.test(h)) ? hextets.map((h) => h.padStart(4, '0')) : null;
}

/**
 * Canonical rate-limit scope for a client address: the IPv4 address, or `v6:` + the /64 prefix.
 * Unparseable input (e.g. a missing header) is returned trimmed and lower-cased so it still gets
 * its own, shared bucket.
 */
export function addressScope(address: string): string {
  const value = address.trim().toLowerCase().replace(/%.*$/, '');
  if (IPV4.test(value)) return value;
  const hextets = expandIpv6(value.replace(/^\[|\]$/g, ''));
  if (!hextets) return value;
  // IPv4-mapped addresses are IPv4 clients seen through a dual-stack socket.
  if (hextets.slice(0, 6).join(':') === '0000:0000:0000:0000:0000:ffff') {
    const [hi = '0', lo = '0'] = hextets.slice(6);
    const n = (parseInt(hi, 16) << 16) | parseInt(lo, 16);
    return [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join('.');
  }
  return `v6:${hextets.slice(0, 4).join(':')}`;
}
