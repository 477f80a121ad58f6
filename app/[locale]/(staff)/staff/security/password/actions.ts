'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { type FormState, fieldErrorsOf, formError, formValues } from '@/lib/staff/form-state';
import { requireSignedIn } from '@/lib/server/auth/guard';
import { changeOwnPassword } from '@/lib/server/auth/password-change';
import { getKeyring } from '@/lib/server/auth/totp-secret';
import { getConfig } from '@/lib/server/config';
import { getDb } from '@/lib/server/db';

const changeSchema = z.object({
  // Not trimmed: spaces are part of a password. Bounded so a huge body cannot make hashing expensive.
  current: z.string().min(1, 'currentRequired').max(1024, 'passwordWrong'),
  code: z.string().trim().max(20, 'codeInvalid').default(''),
  next: z.string().min(1, 'nextRequired').max(1024, 'tooLong'),
});

/**
 * A person changes their own password (also the first password of an account an admin made). The other sessions
 * of the person end; this one stays. The state returned never holds a password.
 */
export async function changePassword(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const locale = values.locale === 'en' ? 'en' : 'nl';
  const session = await requireSignedIn(locale);
  const parsed = changeSchema.safeParse(values);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error.issues), formError: null };
  const result = await changeOwnPassword(getDb(), session, parsed.data, {
    now: new Date(),
    secret: getConfig().APP_SECRET,
    keyring: getKeyring(),
  });
  if (!result.ok) {
    if (result.field === null) return formError(result.reason);
    const field = result.field === 'password' ? 'current' : result.field;
    return { ok: false, fieldErrors: { [field]: result.reason }, formError: null };
  }
  revalidatePath(`/${locale}/staff`, 'layout');
  redirect(`/${locale}/staff/security?updated=password`);
}
