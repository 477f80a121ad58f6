'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { verifyTotp } from '@/lib/auth/totp';
import { type FormState, fieldErrorsOf, formError, formValues } from '@/lib/staff/form-state';
import { recordAudit } from '@/lib/server/audit';
import { requireStaffForEnrolment } from '@/lib/server/auth/guard';
import { getKeyring, openPendingSecret, sealTotpSecret } from '@/lib/server/auth/totp-secret';
import { getDb } from '@/lib/server/db';

const enrolSchema = z.object({
  pending: z.string().min(1, 'unknown').max(400, 'unknown'),
  code: z.string().trim().min(1, 'codeRequired').max(20, 'codeInvalid'),
});

/** Confirms a new second factor with a code from the app, then stores the secret (encrypted). */
export async function enrolTotp(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const locale = values.locale === 'en' ? 'en' : 'nl';
  const session = await requireStaffForEnrolment(locale);
  const parsed = enrolSchema.safeParse(values);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error.issues), formError: null };
  const keyring = getKeyring();
  const secret = openPendingSecret(keyring, session.userId, parsed.data.pending);
  if (!secret) return formError('unknown');
  const now = new Date();
  if (!verifyTotp(secret, parsed.data.code, now)) {
    return { ok: false, fieldErrors: { code: 'codeInvalid' }, formError: null };
  }
  await getDb().staffUser.update({
    where: { id: session.userId },
    data: { totpSecret: sealTotpSecret(keyring, session.userId, secret) },
  });
  await recordAudit({ actorId: session.userId, action: 'staff.totp_enrol', target: session.userId }, now);
  revalidatePath(`/${locale}/staff`, 'layout');
  return { ok: true };
}
