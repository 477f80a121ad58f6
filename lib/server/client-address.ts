import 'server-only';
import { pickClientAddress } from '@/lib/security/client-address';
import { getConfig } from '@/lib/server/config';
import { PEER_HEADER } from '@/lib/server/request-layer';

/**
 * The client's address, used only as input to keyed hashes (daily uniques, rate limits) and never stored or logged.
 * Behind our own reverse proxy (TRUST_PROXY) it is the X-Forwarded-For hop our proxy appended (TRUSTED_PROXY_HOPS); otherwise it is the socket peer that
 * lib/server/request-layer.ts stamps on each request, since anyone can send X-Forwarded-For.
 */
export function clientAddressFrom(headers: Headers): string {
  return pickClientAddress({
    forwardedFor: headers.get('x-forwarded-for'),
    peer: headers.get(PEER_HEADER),
    trustProxy: getConfig().TRUST_PROXY,
    trustedHops: getConfig().TRUSTED_PROXY_HOPS,
  });
}
