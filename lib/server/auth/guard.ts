import 'server-only';
import { headers } from 'next/headers';
import { forbidden, redirect } from 'next/navigation';
import { cache } from 'react';
import type { StaffSession } from '@/lib/auth/permissions';
import { recordAudit } from '@/lib/server/audit';
import { readSessionToken } from '@/lib/server/auth/cookies';
import { configuredLimits, loadSession } from '@/lib/server/auth/sessions';
import { getDb } from '@/lib/server/db';
import { describeError, log } from '@/lib/server/log';
import { getRequireTotp } from '@/lib/server/staff/settings';

// Once per request: the layout and the page both ask.
const sessionForToken = cache(async (token: string): Promise<StaffSession | null> => {
  const db = getDb();
  // The server's own clock: a request header must never stretch or end a session.
  return loadSession(db, token, new Date(), configuredLimits(), {
    requireTotp: await getRequireTotp(db),
  });
});

const localeOf = (locale: string) => (locale === 'en' ? 'en' : 'nl');

/**
 * The signed-in staff member for this request (from the session cookie), or null. Checks the idle and absolute
 * timeouts and that the account is still active; loads roles and team ids.
 */
export async function getStaffSession(): Promise<StaffSession | null> {
  const token = await readSessionToken();
  return token ? sessionForToken(token) : null;
}

/** Any signed-in person, whatever they still have to do first (the change-password page, signing out everywhere). */
export async function requireSignedIn(locale: string): Promise<StaffSession> {
  const session = await getStaffSession();
  if (!session) redirect(`/${localeOf(locale)}/staff/login`);
  return session;
}

/** Writes the refusal to the audit log (who, and which staff path; never the client address). */
async function auditRefusal(session: StaffSession): Promise<void> {
  const path = (await headers()).get('x-uitweg-pathname') ?? '';
  try {
    await recordAudit({ actorId: session.userId, action: 'staff.forbidden', target: path.slice(0, 200) });
  } catch (error) {
    // The refusal stands even when it cannot be written down.
    log.warn('audit.write_failed', { error: describeError(error).split(':')[0] ?? '' });
  }
}

/**
 * The guard of every staff page, route handler and server action: without a session, a redirect to the sign-in
 * page; with a session that fails `check`, a 403 (`forbidden()`), written to the audit log. An account an admin
 * created first chooses its own password: until then every staff screen leads to the change-password page. While
 * an admin requires a second factor that this person has not set up, every staff screen but the security pages
 * leads there.
 */
export async function requireStaff(
  check: (session: StaffSession) => boolean,
  locale: string,
): Promise<StaffSession> {
  const session = await requireSignedIn(locale);
  if (session.mustChangePassword) redirect(`/${localeOf(locale)}/staff/security/password`);
  if (session.mustEnrolTotp) redirect(`/${localeOf(locale)}/staff/security`);
  if (!check(session)) {
    await auditRefusal(session);
    forbidden();
  }
  return session;
}

/** Like `requireStaff`, but also open while the second factor still has to be set up (the security pages). */
export async function requireStaffForEnrolment(locale: string): Promise<StaffSession> {
  const session = await requireSignedIn(locale);
  if (session.mustChangePassword) redirect(`/${localeOf(locale)}/staff/security/password`);
  return session;
}
