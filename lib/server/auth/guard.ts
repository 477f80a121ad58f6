import 'server-only';
import { forbidden, redirect } from 'next/navigation';
import { cache } from 'react';
import type { StaffSession } from '@/lib/auth/permissions';
import { readSessionToken } from '@/lib/server/auth/cookies';
import { configuredLimits, loadSession } from '@/lib/server/auth/sessions';
import { getDb } from '@/lib/server/db';
import { getRequireTotp } from '@/lib/server/staff/settings';

// Once per request: the layout and the page both ask.
const sessionForToken = cache(async (token: string): Promise<StaffSession | null> => {
  const db = getDb();
  return loadSession(db, token, new Date(), configuredLimits(), {
    requireTotp: await getRequireTotp(db),
  });
});

/**
 * The signed-in staff member for this request (from the session cookie), or null. Checks the idle and absolute
 * timeouts and that the account is still active; loads roles and team ids.
 */
export async function getStaffSession(): Promise<StaffSession | null> {
  const token = await readSessionToken();
  return token ? sessionForToken(token) : null;
}

/**
 * The guard of every staff page, route handler and server action: without a session, a redirect to the sign-in
 * page; with a session that fails `check`, a 403 (`forbidden()`). While an admin requires a second factor that this
 * person has not set up, every staff screen but the security page leads there.
 */
export async function requireStaff(
  check: (session: StaffSession) => boolean,
  locale: string,
): Promise<StaffSession> {
  const safeLocale = locale === 'en' ? 'en' : 'nl';
  const session = await getStaffSession();
  if (!session) redirect(`/${safeLocale}/staff/login`);
  if (session.mustEnrolTotp) redirect(`/${safeLocale}/staff/security`);
  if (!check(session)) forbidden();
  return session;
}

/** Like `requireStaff`, but also open while the second factor still has to be set up (the security page only). */
export async function requireStaffForEnrolment(locale: string): Promise<StaffSession> {
  const session = await getStaffSession();
  if (!session) redirect(`/${locale === 'en' ? 'en' : 'nl'}/staff/login`);
  return session;
}
