import 'server-only';
import { createHash } from 'node:crypto';
import { decide, rateLimitBucketKey } from '@/lib/contact/rate-limit-key';
import { getConfig } from '@/lib/server/config';
import type { Db } from '@/lib/server/db';
import { log, type LogFields } from '@/lib/server/log';

export const HOUR_MS = 3_600_000;

/** What an hourly limit counts. Each purpose has buckets of its own, per address and global. */
export type LimitPurpose = 'contact' | 'status-lookup';

// Per-address buckets are keyed with a secret of their own per purpose, so the same address has unrelated buckets
// for each. 'rate-limit' is the contact limit's key from before there were several purposes.
const ADDRESS_KEY: Record<LimitPurpose, string> = {
  contact: 'rate-limit',
  'status-lookup': 'rate-limit:status-lookup',
};

/** A key derived from APP_SECRET for one purpose only. */
export function appSecretBytes(purpose: string): Buffer {
  return createHash('sha256').update(`${purpose}:${getConfig().APP_SECRET}`).digest();
}

export function hourStart(now: Date): Date {
  return new Date(Math.floor(now.getTime() / HOUR_MS) * HOUR_MS);
}

/** The one bucket per hour that counts a purpose over all addresses. Not hex, so no address bucket can equal it. */
const globalBucket = (purpose: LimitPurpose) => `global:${purpose}`;

async function increment(db: Db, bucket: string, windowStart: Date): Promise<number> {
  const rows = await db.$queryRaw<{ count: number | bigint }[]>`
    INSERT INTO "RateLimitBucket" ("bucket", "windowStart", "count") VALUES (${bucket}, ${windowStart}, 1)
    ON CONFLICT ("bucket", "windowStart") DO UPDATE SET "count" = "RateLimitBucket"."count" + 1
    RETURNING "count"`;
  return Number(rows[0]?.count ?? 1);
}

/**
 * Adds one to this address's bucket for the hour, atomically across instances, and says whether it is still within
 * the limit. Every attempt counts, so concurrent attempts cannot all slip under it. The bucket is an HMAC of the
 * address under a key that changes every hour: the address is never stored.
 */
export async function countForAddress(
  db: Db,
  purpose: LimitPurpose,
  address: string,
  now: Date,
  limit: number,
): Promise<boolean> {
  const { bucket, windowStart } = rateLimitBucketKey({
    secret: appSecretBytes(ADDRESS_KEY[purpose]),
    address,
    now,
    windowMs: HOUR_MS,
  });
  return decide({ count: await increment(db, bucket, windowStart), limit }).allowed;
}

/** Adds one to the hour's count over all addresses and says whether it is still within the limit. */
export async function countGlobally(
  db: Db,
  purpose: LimitPurpose,
  now: Date,
  limit: number,
): Promise<boolean> {
  return decide({ count: await increment(db, globalBucket(purpose), hourStart(now)), limit }).allowed;
}

/**
 * Takes one of the hour's places over all addresses when fewer than `below` are taken; when none is free nothing
 * is counted, so refused attempts cannot use up places. Atomic across instances: the increment and its condition are
 * one statement.
 */
export async function reserveGlobally(
  db: Db,
  purpose: LimitPurpose,
  now: Date,
  below: number,
): Promise<boolean> {
  if (below < 1) return false;
  const rows = await db.$queryRaw<{ count: number | bigint }[]>`
    INSERT INTO "RateLimitBucket" ("bucket", "windowStart", "count")
    VALUES (${globalBucket(purpose)}, ${hourStart(now)}, 1)
    ON CONFLICT ("bucket", "windowStart") DO UPDATE SET "count" = "RateLimitBucket"."count" + 1
    WHERE "RateLimitBucket"."count" < ${below}
    RETURNING "count"`;
  return rows.length > 0;
}

/** Gives back a place taken with `reserveGlobally` in the hour starting at `windowStart`. */
export async function releaseGlobally(db: Db, purpose: LimitPurpose, windowStart: Date): Promise<void> {
  await db.$executeRaw`
    UPDATE "RateLimitBucket" SET "count" = "count" - 1
    WHERE "bucket" = ${globalBucket(purpose)} AND "windowStart" = ${windowStart} AND "count" > 0`;
}

const warned = new Map<string, number>();

/**
 * A warning an operator should see once, not once per refused request: at most once per event and hour in this
 * process. The fields are counts and limits, never anything about a person.
 */
export function warnOncePerHour(event: string, now: Date, fields: LogFields): void {
  const hour = hourStart(now).getTime();
  if (warned.get(event) === hour) return;
  warned.set(event, hour);
  log.warn(event, fields);
}
