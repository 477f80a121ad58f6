import 'server-only';
import { getConfig } from '@/lib/server/config';
import { PEER_HEADER } from '@/lib/server/request-layer';

/**
 * The client's address, used only as input to keyed hashes (daily uniques, rate limits) and never stored or logged.
 * Behind our own reverse proxy (TRUST_PROXY) it is the first X-Forwarded-For hop; otherwise the socket peer that
 * lib/server/request-layer.ts stamps on each request, since anyone can send X-Forwarded-For.
 */
export function clientAddressFrom(headers: Headers): string {
  const hops = (headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((hop) => hop.trim())
    .filter(Boolean);
  if (getConfig().TRUST_PROXY) return hops[0] ?? '';
  return headers.get(PEER_HEADER) ?? hops.at(-1) ?? '';
}
