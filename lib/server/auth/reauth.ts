import 'server-only';
import { ACCOUNT_FAILURE_LIMIT, overLimit } from '@/lib/auth/login-throttle';
import { recordAudit } from '@/lib/server/audit';
import { countAttempt, takeBackAttempt, throttleSubjects } from '@/lib/server/auth/login-throttle-store';
import { verifyPassword } from '@/lib/server/auth/passwords';
import { checkTotpCode, type CodeContext } from '@/lib/server/auth/second-factor';
import type { Db } from '@/lib/server/db';

export type ConfirmFailure =
  | { field: 'password'; reason: 'passwordWrong' }
  | { field: 'code'; reason: 'codeRequired' | 'codeInvalid' }
  | { field: null; reason: 'throttled' | 'unknown' };

/**
 * "Is it really you?" inside a session: the current password, and the current code when a second factor is set up.
 * A wrong password counts against the same per-account limit as sign-ins (so a stolen session cannot be used to
 * guess the password faster), wrong codes against the person's limit of codes. Failures go to the audit log.
 */
export async function confirmIdentity(
  db: Db,
  userId: string,
  input: { password: string; code: string },
  context: CodeContext & { purpose: string },
): Promise<{ ok: true } | ({ ok: false } & ConfirmFailure)> {
  const user = await db.staffUser.findUnique({ where: { id: userId } });
  if (!user || !user.active) return { ok: false, field: null, reason: 'unknown' };
  const counted = await countAttempt(db, context.secret, throttleSubjects.account(user.email), context.now);
  if (overLimit(counted.total, ACCOUNT_FAILURE_LIMIT)) return { ok: false, field: null, reason: 'throttled' };
  const audit = (detail: string) =>
    recordAudit({ actorId: user.id, action: `staff.${context.purpose}_failed`, detail }, context.now, db);
  if (!(await verifyPassword(user.passwordHash, input.password))) {
    await audit('password');
    return { ok: false, field: 'password', reason: 'passwordWrong' };
  }
  await takeBackAttempt(db, counted);
  if (!user.totpSecret) return { ok: true };
  if (input.code.trim() === '') return { ok: false, field: 'code', reason: 'codeRequired' };
  const verdict = await checkTotpCode(db, { id: user.id, totpSecret: user.totpSecret }, input.code, context);
  if (verdict === 'throttled') return { ok: false, field: null, reason: 'throttled' };
  if (verdict === 'invalid') {
    await audit('code');
    return { ok: false, field: 'code', reason: 'codeInvalid' };
  }
  return { ok: true };
}
