/**
 * Which address a request came from, from what the server can see: the socket peer and the X-Forwarded-For hops.
 * Pure, so the choice can be tested without a server. The result is only ever hashed, never stored or logged.
 */
export interface AddressSources {
  /** The X-Forwarded-For header as received (comma-separated hops, oldest first), or null. */
  forwardedFor: string | null;
  /** The socket peer the request layer stamped on the request, or null when there is none. */
  peer: string | null;
  /** TRUST_PROXY: every request reaches us through our own reverse proxy. */
  trustProxy: boolean;
  /** TRUSTED_PROXY_HOPS: how many proxies of ours each append one hop (nginx alone: 1; a CDN, then nginx: 2). */
  trustedHops: number;
}

export function forwardedHops(header: string | null): string[] {
  return (header ?? '')
    .split(',')
    .map((hop) => hop.trim())
    .filter(Boolean);
}

/**
 * Behind our own proxies, the address is the right-most hop that none of them wrote: each appends the address it
 * received the request from, so the last `trustedHops` hops were written by us and everything to their left by the
 * client, who can put anything there. With fewer hops than proxies (a request that skipped the CDN) the oldest hop
 * is the best there is. Without a trusted proxy the socket peer is used and X-Forwarded-For is ignored.
 */
export function pickClientAddress({ forwardedFor, peer, trustProxy, trustedHops }: AddressSources): string {
  const hops = forwardedHops(forwardedFor);
  if (trustProxy) return hops[Math.max(0, hops.length - Math.max(1, trustedHops))] ?? '';
  return peer ?? hops.at(-1) ?? '';
}
