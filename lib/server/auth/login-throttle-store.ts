import 'server-only';
import { createHmac } from 'node:crypto';
import { addressScope } from '@/lib/contact/address-scope';
import { LOGIN_WINDOW_MS, loginWindowStart } from '@/lib/auth/login-throttle';
import type { Db } from '@/lib/server/db';

/**
 * What a counter counts for: an account (by the typed, lower-cased e-mail address, so unknown addresses are counted
 * too), a client address scope, or one person's second-factor codes.
 */
export const throttleSubjects = {
  account: (email: string) => `account:${email.trim().toLowerCase()}`,
  address: (address: string) => `address:${address ? addressScope(address) : 'unknown'}`,
  totp: (userId: string) => `totp:${userId}`,
};

/**
 * The row key of a subject in one window: an HMAC under a key that is itself derived from the secret and the window,
 * so the table names no account or address, and the rows of one subject cannot be linked across windows (as the
 * contact rate limit does, `lib/contact/rate-limit-key.ts`).
 */
export function throttleKey(secret: string, subject: string, windowStart: Date): string {
  const windowKey = createHmac('sha256', secret)
    .update(`uitweg:staff-login:v2:${LOGIN_WINDOW_MS}:${windowStart.toISOString()}`)
    .digest();
  return createHmac('sha256', windowKey).update(subject).digest('hex').slice(0, 40);
}

function windowKeys(secret: string, subject: string, now: Date): { current: string; previous: string } {
  const windowStart = loginWindowStart(now);
  return {
    current: throttleKey(secret, subject, windowStart),
    previous: throttleKey(secret, subject, new Date(windowStart.getTime() - LOGIN_WINDOW_MS)),
  };
}

export interface CountedAttempt {
  /** The row this attempt was added to (to take it back from, even when the window has moved on since). */
  key: string;
  /** Attempts in the counted windows (this one and the one before), this attempt included. */
  total: number;
}

/**
 * Adds one attempt to the subject's counter of the current window and returns the count, atomically across
 * instances (one upsert returning the new value, on SQLite and PostgreSQL alike).
 */
export async function countAttempt(
  db: Db,
  secret: string,
  subject: string,
  now: Date,
): Promise<CountedAttempt> {
  const windowStart = loginWindowStart(now);
  const keys = windowKeys(secret, subject, now);
  const [rows, previous] = await Promise.all([
    db.$queryRaw<{ failures: number | bigint }[]>`
      INSERT INTO "StaffLoginAttempt" ("key", "windowStart", "failures") VALUES (${keys.current}, ${windowStart}, 1)
      ON CONFLICT ("key", "windowStart") DO UPDATE SET "failures" = "StaffLoginAttempt"."failures" + 1
      RETURNING "failures"`,
    // A key belongs to one window only, so the key alone finds the previous window's row.
    db.staffLoginAttempt.findMany({ where: { key: keys.previous }, select: { failures: true } }),
  ]);
  const current = Number(rows[0]?.failures ?? 1);
  return { key: keys.current, total: current + previous.reduce((sum, row) => sum + row.failures, 0) };
}

/** Takes a counted attempt back (a right password is no failure). */
export async function takeBackAttempt(db: Db, attempt: CountedAttempt): Promise<void> {
  await db.$executeRaw`
    UPDATE "StaffLoginAttempt" SET "failures" = "failures" - 1 WHERE "key" = ${attempt.key} AND "failures" > 0`;
}

/** Clears a subject's counted windows (a successful sign-in clears its account; a right code its person's codes). */
export async function clearAttempts(db: Db, secret: string, subject: string, now: Date): Promise<void> {
  const keys = windowKeys(secret, subject, now);
  await db.staffLoginAttempt.deleteMany({ where: { key: { in: [keys.current, keys.previous] } } });
}
