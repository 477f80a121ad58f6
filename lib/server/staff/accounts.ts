import 'server-only';
import { parseRoles, type Role } from '@/lib/auth/permissions';
import type { Db } from '@/lib/server/db';

export interface AccountRow {
  id: string;
  email: string;
  name: string;
  roles: Role[];
  teamIds: string[];
  active: boolean;
  hasTotp: boolean;
  /** Made by an admin and not signed in with an own password yet. */
  mustChangePassword: boolean;
  lastLoginAt: Date | null;
}

/** Every staff account, for admins. Never the password hash or the second-factor secret. */
export async function findAccounts(db: Db): Promise<AccountRow[]> {
  const users = await db.staffUser.findMany({ orderBy: { email: 'asc' } });
  const memberships = await db.staffTeam.findMany();
  return users.map((user) => ({
    id: user.id,
    email: user.email,
    name: user.name,
    roles: parseRoles(user.roles),
    teamIds: memberships.filter((row) => row.userId === user.id).map((row) => row.teamId),
    active: user.active,
    hasTotp: user.totpSecret !== null,
    mustChangePassword: user.mustChangePassword,
    lastLoginAt: user.lastLoginAt,
  }));
}

export async function hasTotp(db: Db, userId: string): Promise<boolean> {
  const user = await db.staffUser.findUnique({ where: { id: userId }, select: { totpSecret: true } });
  return Boolean(user?.totpSecret);
}
