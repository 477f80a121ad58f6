import 'server-only';
import { checkPassword, type PasswordProblem } from '@/lib/auth/password-policy';
import { recordAudit } from '@/lib/server/audit';
import { hashPassword } from '@/lib/server/auth/passwords';
import { confirmIdentity, type ConfirmFailure } from '@/lib/server/auth/reauth';
import type { CodeContext } from '@/lib/server/auth/second-factor';
import { deleteOtherSessions } from '@/lib/server/auth/sessions';
import type { Db } from '@/lib/server/db';

export type ChangePasswordResult =
  | { ok: true; endedSessions: number }
  | ({ ok: false } & (ConfirmFailure | { field: 'next'; reason: PasswordProblem | 'samePassword' }));

/**
 * A person changes their own password: the current one (and a code when a second factor is set up) first, the new
 * one checked by the password policy. Every other session of the person ends; the one in use stays. Audited.
 */
export async function changeOwnPassword(
  db: Db,
  session: { userId: string; sessionId: string; email: string },
  input: { current: string; code: string; next: string },
  context: CodeContext,
): Promise<ChangePasswordResult> {
  const problem = checkPassword(input.next, { email: session.email });
  if (problem) return { ok: false, field: 'next', reason: problem };
  if (input.next === input.current) return { ok: false, field: 'next', reason: 'samePassword' };
  const confirmed = await confirmIdentity(
    db,
    session.userId,
    { password: input.current, code: input.code },
    { ...context, purpose: 'password_change' },
  );
  if (!confirmed.ok) return confirmed;
  const passwordHash = await hashPassword(input.next);
  await db.staffUser.update({
    where: { id: session.userId },
    data: { passwordHash, mustChangePassword: false },
  });
  const endedSessions = await deleteOtherSessions(db, session.userId, session.sessionId);
  await recordAudit(
    {
      actorId: session.userId,
      action: 'staff.password_change',
      target: session.userId,
      detail: `${endedSessions} other sessions ended`,
    },
    context.now,
    db,
  );
  return { ok: true, endedSessions };
}
