import 'server-only';
import { createHash, randomBytes } from 'node:crypto';
import { checkPassword, type PasswordProblem } from '@/lib/auth/password-policy';
import { recordAudit } from '@/lib/server/audit';
import { hashPassword } from '@/lib/server/auth/passwords';
import { checkTotpCode, type CodeContext } from '@/lib/server/auth/second-factor';
import type { Db } from '@/lib/server/db';

/** A reset link works for 24 hours, once. */
export const RESET_LINK_TTL_MS = 24 * 3_600_000;
export const RESET_TOKEN = /^[A-Za-z0-9_-]{43}$/;

/** Only the SHA-256 of the link's token is stored: a leaked table resets no password. */
export const resetIdFor = (token: string) => createHash('sha256').update(token).digest('hex');

/**
 * An admin resets an account: a new one-time link (any earlier one stops working), the old password stops working
 * at once (replaced by the hash of a random one nobody knows) and every session of the account ends. Returns the
 * token for the link, which is never stored. Only for active accounts.
 */
export async function issuePasswordReset(
  db: Db,
  userId: string,
  now: Date,
): Promise<{ token: string; expiresAt: Date; email: string } | null> {
  const user = await db.staffUser.findUnique({ where: { id: userId } });
  if (!user || !user.active) return null;
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + RESET_LINK_TTL_MS);
  const unknowable = await hashPassword(randomBytes(32).toString('base64url'));
  await db.$transaction([
    db.staffPasswordReset.deleteMany({ where: { userId } }),
    db.staffPasswordReset.create({ data: { id: resetIdFor(token), userId, createdAt: now, expiresAt } }),
    db.staffUser.update({ where: { id: userId }, data: { passwordHash: unknowable } }),
    db.staffSession.deleteMany({ where: { userId } }),
  ]);
  return { token, expiresAt, email: user.email };
}

export interface PendingReset {
  userId: string;
  email: string;
  name: string;
  hasTotp: boolean;
}

/** The account a reset link is for, or null when the link is unknown, used, expired or its account inactive. */
export async function findPasswordReset(db: Db, token: string, now: Date): Promise<PendingReset | null> {
  if (!RESET_TOKEN.test(token)) return null;
  const reset = await db.staffPasswordReset.findUnique({ where: { id: resetIdFor(token) } });
  if (!reset || reset.expiresAt.getTime() <= now.getTime()) return null;
  const user = await db.staffUser.findUnique({ where: { id: reset.userId } });
  if (!user || !user.active) return null;
  return { userId: user.id, email: user.email, name: user.name, hasTotp: user.totpSecret !== null };
}

export type CompleteResetResult =
  | { ok: true; userId: string }
  | { ok: false; field: null; reason: 'invalidLink' | 'throttled' }
  | { ok: false; field: 'password'; reason: PasswordProblem }
  | { ok: false; field: 'code'; reason: 'codeRequired' | 'codeInvalid' };

/**
 * Sets the new password from a reset link: checked by the password policy, with a code when a second factor is set
 * up (a reset link alone does not get past the second factor). The link is used up atomically (two posts of one
 * link cannot both succeed); every session of the account ends. Audited.
 */
export async function completePasswordReset(
  db: Db,
  token: string,
  input: { password: string; code: string },
  context: CodeContext,
): Promise<CompleteResetResult> {
  const pending = await findPasswordReset(db, token, context.now);
  if (!pending) return { ok: false, field: null, reason: 'invalidLink' };
  const problem = checkPassword(input.password, { email: pending.email });
  if (problem) return { ok: false, field: 'password', reason: problem };
  const user = await db.staffUser.findUniqueOrThrow({ where: { id: pending.userId } });
  if (user.totpSecret) {
    if (input.code.trim() === '') return { ok: false, field: 'code', reason: 'codeRequired' };
    const verdict = await checkTotpCode(
      db,
      { id: user.id, totpSecret: user.totpSecret },
      input.code,
      context,
    );
    if (verdict === 'throttled') return { ok: false, field: null, reason: 'throttled' };
    if (verdict === 'invalid') {
      await recordAudit(
        { actorId: user.id, action: 'staff.password_reset_failed', detail: 'code' },
        context.now,
        db,
      );
      return { ok: false, field: 'code', reason: 'codeInvalid' };
    }
  }
  const passwordHash = await hashPassword(input.password);
  const used = await db.staffPasswordReset.deleteMany({
    where: { id: resetIdFor(token), expiresAt: { gt: context.now } },
  });
  if (used.count !== 1) return { ok: false, field: null, reason: 'invalidLink' };
  const [, ended] = await db.$transaction([
    db.staffUser.update({ where: { id: user.id }, data: { passwordHash, mustChangePassword: false } }),
    db.staffSession.deleteMany({ where: { userId: user.id } }),
  ]);
  await recordAudit(
    {
      actorId: user.id,
      action: 'staff.password_reset_done',
      target: user.id,
      detail: `${ended.count} sessions ended`,
    },
    context.now,
    db,
  );
  return { ok: true, userId: user.id };
}
