import 'server-only';
import type { Keyring } from '@/lib/contact/crypto';
import { ACCOUNT_FAILURE_LIMIT, ADDRESS_FAILURE_LIMIT, isThrottled } from '@/lib/auth/login-throttle';
import { recordAudit, UNKNOWN_ACCOUNT } from '@/lib/server/audit';
import {
  clearAttempts,
  countAttempt,
  takeBackAttempt,
  throttleSubjects,
} from '@/lib/server/auth/login-throttle-store';
import { verifyPassword } from '@/lib/server/auth/passwords';
import { checkTotpCode } from '@/lib/server/auth/second-factor';
import type { Db } from '@/lib/server/db';

export type LoginFailure = 'invalid' | 'throttled' | 'codeRequired' | 'codeInvalid';
export type LoginResult = { ok: true; userId: string } | { ok: false; reason: LoginFailure };

export interface LoginInput {
  email: string;
  password: string;
  code: string;
}

export interface LoginContext {
  /** The server's own clock (never a request header). */
  now: Date;
  /** The client address; only its keyed hash is stored, and it never reaches the audit log. */
  address: string;
  secret: string;
  keyring: Keyring;
}

/**
 * Checks a sign-in. The attempt is counted first, atomically, for the account and for the address, and only then
 * decided: a burst of attempts sent at once is refused past the limit before any slow password check has ended.
 * An unknown account, a deactivated one and a wrong password all give the same answer ('invalid') after the same
 * work. Only a person who knows the password learns that a code is needed; a right password takes its count back,
 * and wrong codes count against the person's own limit of codes instead. Failures go to the audit log under the
 * account's id, or `UNKNOWN_ACCOUNT`.
 */
export async function attemptLogin(db: Db, input: LoginInput, context: LoginContext): Promise<LoginResult> {
  const { now, secret } = context;
  const email = input.email.trim().toLowerCase();
  const accountSubject = throttleSubjects.account(email);
  const [account, address] = await Promise.all([
    countAttempt(db, secret, accountSubject, now),
    countAttempt(db, secret, throttleSubjects.address(context.address), now),
  ]);
  const user = await db.staffUser.findUnique({ where: { email } });
  const audit = (action: string, detail: string) =>
    recordAudit({ actorId: user?.id ?? UNKNOWN_ACCOUNT, action, detail }, now, db);

  if (isThrottled({ account: account.total - 1, address: address.total - 1 })) {
    // Once, when the lock begins: a flood of refused attempts does not flood the audit log.
    if (account.total === ACCOUNT_FAILURE_LIMIT + 1) await audit('staff.login_throttled', 'account');
    else if (address.total === ADDRESS_FAILURE_LIMIT + 1) await audit('staff.login_throttled', 'address');
    return { ok: false, reason: 'throttled' };
  }

  const usable = user !== null && user.active;
  const passwordOk = await verifyPassword(usable ? user.passwordHash : null, input.password);
  if (!usable || !passwordOk) {
    await audit('staff.login_failed', 'password');
    return { ok: false, reason: 'invalid' };
  }
  await Promise.all([takeBackAttempt(db, account), takeBackAttempt(db, address)]);

  if (user.totpSecret) {
    if (input.code.trim() === '') return { ok: false, reason: 'codeRequired' };
    const verdict = await checkTotpCode(
      db,
      { id: user.id, totpSecret: user.totpSecret },
      input.code,
      context,
    );
    if (verdict === 'throttled') return { ok: false, reason: 'throttled' };
    if (verdict !== 'ok') {
      await audit('staff.login_failed', 'code');
      return { ok: false, reason: 'codeInvalid' };
    }
  }
  await clearAttempts(db, secret, accountSubject, now);
  await db.staffUser.update({ where: { id: user.id }, data: { lastLoginAt: now } });
  return { ok: true, userId: user.id };
}
