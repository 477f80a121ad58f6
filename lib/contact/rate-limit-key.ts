// Server-only by nature (node:crypto and the rate-limit secret).
//
// Rate-limit counters are keyed by an HMAC of the client address, never by the address itself, so the
// counter table holds no personal data in the clear. The HMAC key changes every window, so buckets of one
// visitor cannot be linked across windows from the table alone.
//
// Caveat: IPv4 has only 2^32 addresses, so anyone holding BOTH the secret and the table could recover an
// address by brute force in minutes. Keep the secret out of the database and its backups, and delete
// buckets once their window has passed.
import { createHmac } from 'node:crypto';

import { addressScope } from './address-scope';

const MIN_SECRET_BYTES = 16;
// 128 bits: collisions between visitors are negligible, and the stored value stays short.
const BUCKET_HEX_CHARS = 32;

export function rateLimitBucketKey(options: {
  secret: Buffer;
  address: string;
  now: Date;
  windowMs: number;
}): {
  bucket: string;
  windowStart: Date;
} {
  const { secret, address, now, windowMs } = options;
  if (secret.length < MIN_SECRET_BYTES)
    throw new Error(`Rate-limit secret must be at least ${MIN_SECRET_BYTES} bytes`);
  if (!Number.isSafeInteger(windowMs) || windowMs <= 0)
    throw new Error('windowMs must be a positive integer');

  const windowStart = new Date(Math.floor(now.getTime() / windowMs) * windowMs);
  // Domain separation: the same secret used for another purpose cannot produce the same keys.
  const windowKey = createHmac('sha256', secret)
    .update(`uitweg:rate-limit:v1:${windowMs}:${windowStart.toISOString()}`)
    .digest();
  const bucket = createHmac('sha256', windowKey)
    .update(addressScope(address))
    .digest('hex')
    .slice(0, BUCKET_HEX_CHARS);
  return { bucket, windowStart };
}

/**
 * `count` includes the current request (increment first, e.g. an upsert returning the new count, then
 * decide), which keeps concurrent requests from all slipping under the limit.
 */
export function decide(options: { count: number; limit: number }): { allowed: boolean; remaining: number } {
  const { count, limit } = options;
  return { allowed: count <= limit, remaining: Math.max(0, limit - count) };
}
