import 'server-only';
import { createHash, randomBytes } from 'node:crypto';
import { parseRoles, type StaffSession } from '@/lib/auth/permissions';
import {
  absoluteExpiry,
  type SessionLimits,
  sessionLimits,
  sessionStatus,
  shouldTouch,
} from '@/lib/auth/session-policy';
import { getConfig } from '@/lib/server/config';
import type { Db } from '@/lib/server/db';

/** The database keeps only the SHA-256 of the cookie value: a leaked table opens no session. */
export function sessionIdFor(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function configuredLimits(): SessionLimits {
  const config = getConfig();
  return sessionLimits(config.STAFF_SESSION_IDLE_MINUTES, config.STAFF_SESSION_MAX_HOURS);
}

/** A new session for `userId`; returns the cookie value (256 random bits), which is never stored. */
export async function createSession(
  db: Db,
  userId: string,
  now: Date,
  limits: SessionLimits,
): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await db.staffSession.create({
    data: {
      id: sessionIdFor(token),
      userId,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: absoluteExpiry(now, limits),
    },
  });
  // Housekeeping: this person's ended sessions go now rather than piling up.
  await db.staffSession.deleteMany({ where: { userId, expiresAt: { lte: now } } });
  return token;
}

/**
 * The signed-in staff member for a cookie value, or null when the session is unknown, idle too long, past its
 * absolute lifetime, or the account has been deactivated. An ended session is deleted on sight.
 */
export async function loadSession(
  db: Db,
  token: string,
  now: Date,
  limits: SessionLimits,
  options: { requireTotp: boolean },
): Promise<StaffSession | null> {
  const id = sessionIdFor(token);
  const row = await db.staffSession.findUnique({ where: { id } });
  if (!row) return null;
  if (sessionStatus(row, now, limits) !== 'active') {
    await db.staffSession.deleteMany({ where: { id } });
    return null;
  }
  const user = await db.staffUser.findUnique({ where: { id: row.userId } });
  if (!user || !user.active) {
    await db.staffSession.deleteMany({ where: { userId: row.userId } });
    return null;
  }
  if (shouldTouch(row.lastSeenAt, now)) {
    await db.staffSession.updateMany({ where: { id }, data: { lastSeenAt: now } });
  }
  const teams = await db.staffTeam.findMany({ where: { userId: user.id }, orderBy: { teamId: 'asc' } });
  return {
    sessionId: id,
    userId: user.id,
    email: user.email,
    name: user.name,
    roles: parseRoles(user.roles),
    teamIds: teams.map((team) => team.teamId),
    mustEnrolTotp: options.requireTotp && !user.totpSecret,
    mustChangePassword: user.mustChangePassword,
  };
}

export async function deleteSession(db: Db, sessionId: string): Promise<void> {
  await db.staffSession.deleteMany({ where: { id: sessionId } });
}

/** "Sign out everywhere", and what deactivating an account or resetting a password does. */
export async function deleteUserSessions(db: Db, userId: string): Promise<number> {
  return (await db.staffSession.deleteMany({ where: { userId } })).count;
}

/** What changing one's own password does: every other session of the person ends, this one stays. */
export async function deleteOtherSessions(db: Db, userId: string, keepSessionId: string): Promise<number> {
  return (await db.staffSession.deleteMany({ where: { userId, id: { not: keepSessionId } } })).count;
}

/** How long re-entering the password in a session opens the set-up of a second factor. */
export const CONFIRMATION_TTL_MS = 10 * 60_000;

/** The person re-entered their password (and code) in this session. */
export async function markSessionConfirmed(db: Db, sessionId: string, now: Date): Promise<void> {
  await db.staffSession.updateMany({ where: { id: sessionId }, data: { confirmedAt: now } });
}

/** True when this session re-entered the password within the last 10 minutes. */
export async function sessionRecentlyConfirmed(db: Db, sessionId: string, now: Date): Promise<boolean> {
  const row = await db.staffSession.findUnique({ where: { id: sessionId }, select: { confirmedAt: true } });
  const at = row?.confirmedAt?.getTime();
  return at !== undefined && now.getTime() - at <= CONFIRMATION_TTL_MS && at <= now.getTime() + 60_000;
}

/** A confirmation is used up by what it opened. */
export async function clearSessionConfirmation(db: Db, sessionId: string): Promise<void> {
  await db.staffSession.updateMany({ where: { id: sessionId }, data: { confirmedAt: null } });
}
