import 'server-only';
import { createHash } from 'node:crypto';
import { checkFormToken } from '@/lib/contact/form-timing';
import { verifySolution } from '@/lib/contact/proof-of-work';
import { decide, rateLimitBucketKey } from '@/lib/contact/rate-limit-key';
import { getConfig } from '@/lib/server/config';
import type { Db } from '@/lib/server/db';

const HOUR_MS = 3_600_000;

export type AbuseVerdict =
  | { ok: true; proofOfWork: boolean }
  | { ok: false; reason: 'honeypot' | 'too-fast' | 'form-expired' | 'rate-limited' };

export const HONEYPOT_FIELD = 'website';
export const FORM_TOKEN_FIELD = 'started';
export const POW_FIELD = 'pow';

function appSecretBytes(purpose: string): Buffer {
  return createHash('sha256').update(`${purpose}:${getConfig().APP_SECRET}`).digest();
}

export function powSecret(): Buffer {
  return appSecretBytes('proof-of-work');
}

/**
 * Adds one submission to the sender's bucket for this hour and returns the new count, atomically across instances.
 * The bucket is an HMAC of the address with a key that changes every window: the address is never stored.
 */
async function countSubmission(db: Db, address: string, now: Date): Promise<number> {
  const { bucket, windowStart } = rateLimitBucketKey({
    secret: appSecretBytes('rate-limit'),
    address,
    now,
    windowMs: HOUR_MS,
  });
  const rows = await db.$queryRaw<{ count: number | bigint }[]>`
    INSERT INTO "RateLimitBucket" ("bucket", "windowStart", "count") VALUES (${bucket}, ${windowStart}, 1)
    ON CONFLICT ("bucket", "windowStart") DO UPDATE SET "count" = "RateLimitBucket"."count" + 1
    RETURNING "count"`;
  return Number(rows[0]?.count ?? 1);
}

/** Records a spent challenge; false when it was spent before (a replay). */
async function spendChallenge(db: Db, id: string, expiresAt: Date): Promise<boolean> {
  // Kept until the hour after expiry: no stored time is finer than the hour.
  const keepUntil = new Date(Math.ceil(expiresAt.getTime() / HOUR_MS) * HOUR_MS);
  const inserted = await db.$executeRaw`
    INSERT INTO "UsedChallenge" ("id", "expiresAt") VALUES (${id}, ${keepUntil}) ON CONFLICT ("id") DO NOTHING`;
  return inserted === 1;
}

/**
 * The spam defences, none of which tracks anyone: a honeypot field, a minimum fill time (signed form token), the
 * self-hosted proof-of-work (present when JavaScript ran; without it the lower hourly limit applies, so a person
 * without JavaScript can still send), and an hourly limit per hashed sender address, shared through the database.
 */
export async function checkSubmission(
  db: Db,
  form: FormData,
  address: string,
  now = new Date(),
): Promise<AbuseVerdict> {
  const config = getConfig();
  const honeypot = form.get(HONEYPOT_FIELD);
  if (typeof honeypot === 'string' && honeypot.trim() !== '') return { ok: false, reason: 'honeypot' };
  const timing = checkFormToken(config.APP_SECRET, form.get(FORM_TOKEN_FIELD), now, {
    minMs: config.CONTACT_MIN_FILL_SECONDS * 1000,
  });
  if (!timing.ok) return { ok: false, reason: timing.reason === 'expired' ? 'form-expired' : 'too-fast' };

  let proofOfWork = false;
  const payload = form.get(POW_FIELD);
  if (typeof payload === 'string' && payload !== '') {
    // An expired, wrong or replayed proof is not an error for the person: the stricter limit simply applies.
    const verdict = verifySolution({ secret: powSecret(), now, payload });
    proofOfWork = verdict.ok && (await spendChallenge(db, verdict.challengeId, verdict.expiresAt));
  }

  const limit = proofOfWork ? config.CONTACT_LIMIT_PER_HOUR : config.CONTACT_LIMIT_PER_HOUR_WITHOUT_POW;
  const count = await countSubmission(db, address, now);
  if (!decide({ count, limit }).allowed) return { ok: false, reason: 'rate-limited' };
  return { ok: true, proofOfWork };
}
