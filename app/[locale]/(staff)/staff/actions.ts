'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { canManageOwnSecurity } from '@/lib/auth/permissions';
import { recordAudit } from '@/lib/server/audit';
import { clearSessionCookie } from '@/lib/server/auth/cookies';
import { getStaffSession, requireSignedIn } from '@/lib/server/auth/guard';
import { deleteSession, deleteUserSessions } from '@/lib/server/auth/sessions';
import { getDb } from '@/lib/server/db';

const localeSchema = z.object({ locale: z.enum(['nl', 'en']).catch('nl') });

function localeOf(formData: FormData | undefined): 'nl' | 'en' {
  const raw = formData && typeof formData.get === 'function' ? formData.get('locale') : null;
  return localeSchema.parse({ locale: raw ?? undefined }).locale;
}

/** Signs out this browser. Safe to call without a session (then it only clears the cookie). */
export async function logout(formData: FormData): Promise<void> {
  const locale = localeOf(formData);
  const session = await getStaffSession();
  if (session) {
    await deleteSession(getDb(), session.sessionId);
    await recordAudit({ actorId: session.userId, action: 'staff.logout' });
  }
  await clearSessionCookie();
  redirect(`/${locale}/staff/login?signedOut=1`);
}

/** Ends every session of the signed-in person, on every device, this one included (open before anything else). */
export async function logoutEverywhere(formData: FormData): Promise<void> {
  const locale = localeOf(formData);
  const session = await requireSignedIn(locale);
  if (!canManageOwnSecurity(session)) return;
  const ended = await deleteUserSessions(getDb(), session.userId);
  await recordAudit({
    actorId: session.userId,
    action: 'staff.logout_everywhere',
    detail: `${ended} sessions`,
  });
  await clearSessionCookie();
  redirect(`/${locale}/staff/login?signedOut=1`);
}
