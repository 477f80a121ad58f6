import 'server-only';
import type { Keyring } from '@/lib/contact/crypto';
import { verifyTotp } from '@/lib/auth/totp';
import {
  clearAccountFailures,
  loginThrottled,
  recordLoginFailure,
  throttleKeys,
} from '@/lib/server/auth/login-throttle-store';
import { verifyPassword } from '@/lib/server/auth/passwords';
import { openTotpSecret } from '@/lib/server/auth/totp-secret';
import type { Db } from '@/lib/server/db';

export type LoginFailure = 'invalid' | 'throttled' | 'codeRequired' | 'codeInvalid';
export type LoginResult = { ok: true; userId: string } | { ok: false; reason: LoginFailure };

export interface LoginInput {
  email: string;
  password: string;
  code: string;
}

export interface LoginContext {
  now: Date;
  /** The client address; only its keyed hash is stored. */
  address: string;
  secret: string;
  keyring: Keyring;
}

/**
 * Checks a sign-in. Throttled before any password is checked; an unknown account, a deactivated one and a wrong
 * password all give the same answer ('invalid') after the same work. Only a person who knows the password learns
 * that a code is needed, and a wrong code counts as a failure like a wrong password.
 */
export async function attemptLogin(db: Db, input: LoginInput, context: LoginContext): Promise<LoginResult> {
  const keys = throttleKeys(context.secret, input.email, context.address);
  if (await loginThrottled(db, keys, context.now)) return { ok: false, reason: 'throttled' };

  const user = await db.staffUser.findUnique({ where: { email: input.email.trim().toLowerCase() } });
  const usable = user !== null && user.active;
  const passwordOk = await verifyPassword(usable ? user.passwordHash : null, input.password);
  if (!usable || !passwordOk) {
    await recordLoginFailure(db, keys, context.now);
    return { ok: false, reason: 'invalid' };
  }
  if (user.totpSecret) {
    if (input.code.trim() === '') return { ok: false, reason: 'codeRequired' };
    const secret = openTotpSecret(context.keyring, user.id, user.totpSecret);
    if (!verifyTotp(secret, input.code, context.now)) {
      await recordLoginFailure(db, keys, context.now);
      return { ok: false, reason: 'codeInvalid' };
    }
  }
  await clearAccountFailures(db, keys);
  await db.staffUser.update({ where: { id: user.id }, data: { lastLoginAt: context.now } });
  return { ok: true, userId: user.id };
}
