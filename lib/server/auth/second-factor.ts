import 'server-only';
import type { Keyring } from '@/lib/contact/crypto';
import { overLimit, TOTP_FAILURE_LIMIT } from '@/lib/auth/login-throttle';
import { totpStep } from '@/lib/auth/totp';
import { recordAudit } from '@/lib/server/audit';
import { clearAttempts, countAttempt, throttleSubjects } from '@/lib/server/auth/login-throttle-store';
import { openTotpSecret, sealTotpSecret } from '@/lib/server/auth/totp-secret';
import type { Db } from '@/lib/server/db';

export type CodeVerdict = 'ok' | 'invalid' | 'throttled';

export interface CodeContext {
  now: Date;
  /** APP_SECRET: keys the throttle counters. */
  secret: string;
  keyring: Keyring;
}

/** Counts a code attempt first; past the limit, refused (and written to the audit log once, when the lock begins). */
async function codeThrottled(db: Db, userId: string, context: CodeContext): Promise<boolean> {
  const counted = await countAttempt(db, context.secret, throttleSubjects.totp(userId), context.now);
  if (!overLimit(counted.total, TOTP_FAILURE_LIMIT)) return false;
  if (counted.total === TOTP_FAILURE_LIMIT + 1) {
    await recordAudit({ actorId: userId, action: 'staff.login_throttled', detail: 'code' }, context.now, db);
  }
  return true;
}

/**
 * Checks a code from the person's authenticator app, wherever one is asked. Counted first against the person's
 * limit of wrong codes; a code is accepted once only: its time step is stored, and that step and earlier ones are
 * refused afterwards (the conditional update lets exactly one of two parallel uses of one code through).
 */
export async function checkTotpCode(
  db: Db,
  user: { id: string; totpSecret: string },
  code: string,
  context: CodeContext,
): Promise<CodeVerdict> {
  if (await codeThrottled(db, user.id, context)) return 'throttled';
  const step = totpStep(openTotpSecret(context.keyring, user.id, user.totpSecret), code, context.now);
  if (step === null) return 'invalid';
  const { count } = await db.staffUser.updateMany({
    where: {
      id: user.id,
      totpSecret: user.totpSecret,
      OR: [{ totpLastStep: null }, { totpLastStep: { lt: step } }],
    },
    data: { totpLastStep: step },
  });
  if (count === 0) return 'invalid';
  await clearAttempts(db, context.secret, throttleSubjects.totp(user.id), context.now);
  return 'ok';
}

/**
 * Stores a new second factor once a code from it checks out (counted against the same limit). Its first accepted
 * step becomes the last used one: a code of the old factor says nothing about the new one.
 */
export async function storeNewTotpSecret(
  db: Db,
  userId: string,
  secretBase32: string,
  code: string,
  context: CodeContext,
): Promise<CodeVerdict> {
  if (await codeThrottled(db, userId, context)) return 'throttled';
  const step = totpStep(secretBase32, code, context.now);
  if (step === null) return 'invalid';
  await db.staffUser.update({
    where: { id: userId },
    data: { totpSecret: sealTotpSecret(context.keyring, userId, secretBase32), totpLastStep: step },
  });
  await clearAttempts(db, context.secret, throttleSubjects.totp(userId), context.now);
  return 'ok';
}
