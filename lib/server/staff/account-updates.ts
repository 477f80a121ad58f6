import 'server-only';
import { randomUUID } from 'node:crypto';
import { checkPassword, type PasswordProblem } from '@/lib/auth/password-policy';
import type { Role } from '@/lib/auth/permissions';
import { deleteUserSessions } from '@/lib/server/auth/sessions';
import { hashPassword } from '@/lib/server/auth/passwords';
import type { Db } from '@/lib/server/db';

export interface NewAccount {
  email: string;
  name: string;
  roles: Role[];
  teamIds: string[];
  password: string;
  /** An account an admin makes: its owner chooses their own password at the first sign-in. */
  mustChangePassword?: boolean;
}

export type CreateAccountResult =
  { ok: true; id: string } | { ok: false; reason: 'emailTaken' | 'unknownTeam' | PasswordProblem };

/** Creates a staff account with an Argon2id hash of its password. The password itself is not kept anywhere. */
export async function createStaffAccount(db: Db, input: NewAccount): Promise<CreateAccountResult> {
  const email = input.email.trim().toLowerCase();
  const problem = checkPassword(input.password, { email });
  if (problem) return { ok: false, reason: problem };
  if (await db.staffUser.findUnique({ where: { email } })) return { ok: false, reason: 'emailTaken' };
  const teams = await db.team.findMany({ where: { id: { in: input.teamIds } }, select: { id: true } });
  if (teams.length !== new Set(input.teamIds).size) return { ok: false, reason: 'unknownTeam' };
  const id = randomUUID();
  const passwordHash = await hashPassword(input.password);
  await db.$transaction([
    db.staffUser.create({
      data: {
        id,
        email,
        name: input.name.trim(),
        roles: [...new Set(input.roles)].join(','),
        passwordHash,
        mustChangePassword: input.mustChangePassword ?? false,
      },
    }),
    db.staffTeam.createMany({ data: [...new Set(input.teamIds)].map((teamId) => ({ userId: id, teamId })) }),
  ]);
  return { ok: true, id };
}

/** Deactivating ends every session of the account at once. */
export async function setAccountActive(db: Db, userId: string, active: boolean): Promise<boolean> {
  const { count } = await db.staffUser.updateMany({ where: { id: userId }, data: { active } });
  if (!active) await deleteUserSessions(db, userId);
  return count > 0;
}

/** For a lost phone: the person sets up a new second factor at the next sign-in (when one is required). */
export async function resetAccountTotp(db: Db, userId: string): Promise<boolean> {
  const { count } = await db.staffUser.updateMany({ where: { id: userId }, data: { totpSecret: null } });
  return count > 0;
}
