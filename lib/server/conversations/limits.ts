import 'server-only';
import { verifySolution } from '@/lib/contact/proof-of-work';
import { rateLimitBucketKey } from '@/lib/contact/rate-limit-key';
import { getConfig } from '@/lib/server/config';
import { powSecret } from '@/lib/server/contact/abuse';
import type { Db } from '@/lib/server/db';
import { secretFor } from './secrets';

// "Guessing is pointless": with 10^16 keys, a few thousand look-ups an hour site-wide and a growing delay after each
// wrong key, a guesser finds nothing in a lifetime. The limits are counted in the database, so they hold across
// instances; the addresses are only ever hashed (HMAC under an hourly key, as the contact form does).

const HOUR_MS = 3_600_000;
/** Under a purpose of their own, next to the contact form's buckets in RateLimitBucket. */
const BUCKET_PREFIX = 'conversation:';
const GLOBAL_BUCKET = `${BUCKET_PREFIX}global`;
const FIRST_DELAY_MS = 1_000;
const MAX_DELAY_MS = 30_000;

/** The wait after the `failures`-th wrong key from one address this hour: 1 s, 2 s, 4 s, … up to 30 s. */
export function delayAfter(failures: number): number {
  if (failures <= 0) return 0;
  return Math.min(MAX_DELAY_MS, FIRST_DELAY_MS * 2 ** Math.min(failures - 1, 30));
}

async function addToBucket(db: Db, bucket: string, windowStart: Date): Promise<number> {
  const rows = await db.$queryRaw<{ count: number | bigint }[]>`
    INSERT INTO "RateLimitBucket" ("bucket", "windowStart", "count") VALUES (${bucket}, ${windowStart}, 1)
    ON CONFLICT ("bucket", "windowStart") DO UPDATE SET "count" = "RateLimitBucket"."count" + 1
    RETURNING "count"`;
  return Number(rows[0]?.count ?? 1);
}

function addressBucket(address: string, now: Date, purpose: 'lookupLimit' | 'lookupDelay') {
  const { bucket, windowStart } = rateLimitBucketKey({
    secret: secretFor(purpose),
    address,
    now,
    windowMs: HOUR_MS,
  });
  return { bucket: `${BUCKET_PREFIX}${bucket}`, windowStart };
}

/** Records a spent proof-of-work challenge; false when it was spent before (a replay). */
async function spendChallenge(db: Db, id: string, expiresAt: Date): Promise<boolean> {
  // Kept until the hour after expiry, like the contact form's: no stored time is finer than the hour.
  const keepUntil = new Date(Math.ceil(expiresAt.getTime() / HOUR_MS) * HOUR_MS);
  const inserted = await db.$executeRaw`
    INSERT INTO "UsedChallenge" ("id", "expiresAt") VALUES (${id}, ${keepUntil}) ON CONFLICT ("id") DO NOTHING`;
  return inserted === 1;
}

async function validProofOfWork(db: Db, payload: string | null | undefined, now: Date): Promise<boolean> {
  if (typeof payload !== 'string' || payload === '') return false;
  // An expired, wrong or replayed proof is not an error for the person: the lower limit simply applies.
  const verdict = verifySolution({ secret: powSecret(), now, payload });
  return verdict.ok && (await spendChallenge(db, verdict.challengeId, verdict.expiresAt));
}

async function notBeforeOf(db: Db, address: string, now: Date): Promise<Date | null> {
  const { bucket, windowStart } = addressBucket(address, now, 'lookupDelay');
  const row = await db.conversationLookupDelay.findUnique({
    where: { bucket_windowStart: { bucket, windowStart } },
    select: { notBefore: true },
  });
  return row?.notBefore ?? null;
}

export type LookupAdmission = { ok: true } | { ok: false; retryAt: Date };

/**
 * Whether a key look-up from `address` may go ahead now, and if not, from when it may (for the person's "try again
 * at"). In this order, so that one address cannot use up the site-wide budget: the address's hourly count (lower
 * without a valid proof of work), then its delay after wrong keys ("not before": the server never sleeps on a
 * connection, an early look-up is simply refused), and only then the site-wide hourly count. Every look-up counts,
 * right or wrong.
 */
export async function admitLookup(
  db: Db,
  request: { address: string; proofOfWork?: string | null },
  now: Date,
): Promise<LookupAdmission> {
  const config = getConfig();
  const proofOfWork = await validProofOfWork(db, request.proofOfWork, now);
  const limit = proofOfWork
    ? config.CONVERSATION_LOOKUPS_PER_HOUR
    : config.CONVERSATION_LOOKUPS_PER_HOUR_WITHOUT_POW;
  const own = addressBucket(request.address, now, 'lookupLimit');
  const nextWindow = new Date(own.windowStart.getTime() + HOUR_MS);
  if ((await addToBucket(db, own.bucket, own.windowStart)) > limit) return { ok: false, retryAt: nextWindow };
  const notBefore = await notBeforeOf(db, request.address, now);
  if (notBefore && notBefore.getTime() > now.getTime()) return { ok: false, retryAt: notBefore };
  const windowStart = new Date(Math.floor(now.getTime() / HOUR_MS) * HOUR_MS);
  const global = await addToBucket(db, GLOBAL_BUCKET, windowStart);
  return global <= config.CONVERSATION_LOOKUPS_GLOBAL_PER_HOUR
    ? { ok: true }
    : { ok: false, retryAt: nextWindow };
}

/**
 * After a wrong key: one more failure for the address this hour, and no look-up from it before the delay has passed.
 * A right key never resets the count: otherwise a guesser could interleave a key of their own to start afresh.
 */
export async function recordWrongKey(db: Db, address: string, now: Date): Promise<void> {
  const { bucket, windowStart } = addressBucket(address, now, 'lookupDelay');
  const first = new Date(now.getTime() + delayAfter(1));
  const rows = await db.$queryRaw<{ failures: number | bigint }[]>`
    INSERT INTO "ConversationLookupDelay" ("bucket", "windowStart", "failures", "notBefore")
    VALUES (${bucket}, ${windowStart}, 1, ${first})
    ON CONFLICT ("bucket", "windowStart") DO UPDATE SET "failures" = "ConversationLookupDelay"."failures" + 1
    RETURNING "failures"`;
  const failures = Number(rows[0]?.failures ?? 1);
  if (failures <= 1) return;
  const notBefore = new Date(now.getTime() + delayAfter(failures));
  // Only ever later: two wrong keys at once must not shorten each other's delay.
  await db.conversationLookupDelay.updateMany({
    where: { bucket, windowStart, notBefore: { lt: notBefore } },
    data: { notBefore },
  });
}
