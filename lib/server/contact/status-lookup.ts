import 'server-only';
import { normalizeReferenceCode } from '@/lib/contact/reference-code';
import { getConfig } from '@/lib/server/config';
import type { Db } from '@/lib/server/db';
import { describeError, log } from '@/lib/server/log';
import { countForAddress, countGlobally, warnOncePerHour } from '@/lib/server/rate-limit/hourly';
import { findRequestStatus, type PublicStatus } from './requests';

export type StatusLookup =
  { ok: true; status: PublicStatus } | { ok: false; reason: 'not-found' | 'rate-limited' | 'unavailable' };

/**
 * The public status of a request by its reference code. About 29 bits of codes can be guessed without a limit, so
 * every well-formed look-up counts against an hourly limit per hashed address and one over all addresses (buckets of
 * their own, apart from the contact limits). A code that is not even well-formed is answered as not found without
 * counting or asking the database. Nothing but the status is ever revealed.
 */
export async function lookUpRequestStatus(
  db: Db,
  input: string,
  address: string,
  now = new Date(),
): Promise<StatusLookup> {
  const reference = normalizeReferenceCode(input);
  if (!reference) return { ok: false, reason: 'not-found' };
  const config = getConfig();
  try {
    if (!(await countForAddress(db, 'status-lookup', address, now, config.STATUS_LOOKUP_LIMIT_PER_HOUR))) {
      log.info('status.refused', { reason: 'rate-limited' });
      return { ok: false, reason: 'rate-limited' };
    }
    const limit = config.STATUS_LOOKUP_GLOBAL_LIMIT_PER_HOUR;
    if (!(await countGlobally(db, 'status-lookup', now, limit))) {
      warnOncePerHour('status.global_limit_reached', now, { limit });
      return { ok: false, reason: 'rate-limited' };
    }
    const status = await findRequestStatus(db, reference);
    return status ? { ok: true, status } : { ok: false, reason: 'not-found' };
  } catch (error) {
    log.error('status.lookup_failed', { error: describeError(error) });
    return { ok: false, reason: 'unavailable' };
  }
}
