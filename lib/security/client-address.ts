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
}

export function forwardedHops(header: string | null): string[] {
  return (header ?? '')
    .split(',')
    .map((hop) => hop.trim())
    .filter(Boolean);
}

export function pickClientAddress({ forwardedFor, peer, trustProxy }: AddressSources): string {
  const hops = forwardedHops(forwardedFor);
  if (trustProxy) return hops[0] ?? '';
  return peer ?? hops.at(-1) ?? '';
}
