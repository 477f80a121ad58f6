'use server';

import { forbidden, redirect } from 'next/navigation';
import { z } from 'zod';
import { type FormState, fieldErrorsOf, formError, formValues } from '@/lib/staff/form-state';
import { completePasswordReset, RESET_TOKEN } from '@/lib/server/auth/password-reset';
import { getKeyring } from '@/lib/server/auth/totp-secret';
import { getConfig } from '@/lib/server/config';
import { getDb } from '@/lib/server/db';

const resetSchema = z.object({
  password: z.string().min(1, 'passwordRequired').max(1024, 'tooLong'),
  code: z.string().trim().max(20, 'codeInvalid').default(''),
});

/**
 * Sets a new password from an admin's reset link; no session needed, the link is the proof. A post without a
 * well-formed token can only be tampered with: 403. A link that has stopped working in the meantime gets a clear
 * message. Afterwards every session of the account has ended and the person signs in with the new password.
 */
export async function completeReset(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const locale = values.locale === 'en' ? 'en' : 'nl';
  const token = values.token ?? '';
  if (!RESET_TOKEN.test(token)) forbidden();
  const parsed = resetSchema.safeParse(values);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error.issues), formError: null };
  const result = await completePasswordReset(getDb(), token, parsed.data, {
    now: new Date(),
    secret: getConfig().APP_SECRET,
    keyring: getKeyring(),
  });
  if (!result.ok) {
    if (result.field === null) return formError(result.reason);
    return { ok: false, fieldErrors: { [result.field]: result.reason }, formError: null };
  }
  redirect(`/${locale}/staff/login?reset=1`);
}
