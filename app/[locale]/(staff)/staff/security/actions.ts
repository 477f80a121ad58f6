'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { type FormState, fieldErrorsOf, formError, formValues } from '@/lib/staff/form-state';
import { recordAudit } from '@/lib/server/audit';
import { requireStaffForEnrolment } from '@/lib/server/auth/guard';
import { confirmIdentity } from '@/lib/server/auth/reauth';
import { storeNewTotpSecret } from '@/lib/server/auth/second-factor';
import {
  clearSessionConfirmation,
  markSessionConfirmed,
  sessionRecentlyConfirmed,
} from '@/lib/server/auth/sessions';
import { getKeyring, openPendingSecret } from '@/lib/server/auth/totp-secret';
import { getConfig } from '@/lib/server/config';
import { getDb } from '@/lib/server/db';
import { hasTotp } from '@/lib/server/staff/accounts';

const confirmSchema = z.object({
  // Not trimmed: spaces are part of a password. Bounded so a huge body cannot make hashing expensive.
  password: z.string().min(1, 'passwordRequired').max(1024, 'passwordWrong'),
  code: z.string().trim().max(20, 'codeInvalid').default(''),
});

/**
 * Step one of setting up (or replacing) a second factor: the person confirms it is them with their password, and
 * with a code from the current app when a factor is set up. This opens the set-up for 10 minutes in this session
 * only; an existing factor stays until a new one is confirmed.
 */
export async function confirmForTotp(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const locale = values.locale === 'en' ? 'en' : 'nl';
  const session = await requireStaffForEnrolment(locale);
  const parsed = confirmSchema.safeParse(values);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error.issues), formError: null };
  const db = getDb();
  const now = new Date();
  const confirmed = await confirmIdentity(db, session.userId, parsed.data, {
    now,
    secret: getConfig().APP_SECRET,
    keyring: getKeyring(),
    purpose: 'totp_confirm',
  });
  if (!confirmed.ok) {
    return confirmed.field
      ? { ok: false, fieldErrors: { [confirmed.field]: confirmed.reason }, formError: null }
      : formError(confirmed.reason);
  }
  await markSessionConfirmed(db, session.sessionId, now);
  redirect(`/${locale}/staff/security/totp`);
}

const enrolSchema = z.object({
  pending: z.string().min(1, 'unknown').max(400, 'unknown'),
  code: z.string().trim().min(1, 'codeRequired').max(20, 'codeInvalid'),
});

/** Step two: a code from the new app confirms the new secret, which is then stored (encrypted). */
export async function enrolTotp(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const locale = values.locale === 'en' ? 'en' : 'nl';
  const session = await requireStaffForEnrolment(locale);
  const parsed = enrolSchema.safeParse(values);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error.issues), formError: null };
  const db = getDb();
  const now = new Date();
  if (!(await sessionRecentlyConfirmed(db, session.sessionId, now))) return formError('confirmExpired');
  const keyring = getKeyring();
  const secret = openPendingSecret(keyring, session.userId, parsed.data.pending, now);
  if (!secret) return formError('setupExpired');
  const replacing = await hasTotp(db, session.userId);
  const verdict = await storeNewTotpSecret(db, session.userId, secret, parsed.data.code, {
    now,
    secret: getConfig().APP_SECRET,
    keyring,
  });
  if (verdict === 'throttled') return formError('throttled');
  if (verdict !== 'ok') return { ok: false, fieldErrors: { code: 'codeInvalid' }, formError: null };
  await clearSessionConfirmation(db, session.sessionId);
  await recordAudit(
    {
      actorId: session.userId,
      action: replacing ? 'staff.totp_replace' : 'staff.totp_enrol',
      target: session.userId,
    },
    now,
  );
  revalidatePath(`/${locale}/staff`, 'layout');
  redirect(`/${locale}/staff/security?updated=totp`);
}
