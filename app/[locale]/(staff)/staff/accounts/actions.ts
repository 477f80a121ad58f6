'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { canManageAccounts, ROLES } from '@/lib/auth/permissions';
import { type FormState, fieldErrorsOf, formError, formValues } from '@/lib/staff/form-state';
import { recordAudit } from '@/lib/server/audit';
import { requireStaff } from '@/lib/server/auth/guard';
import { issuePasswordReset } from '@/lib/server/auth/password-reset';
import { mailResetLink, resetLinks } from '@/lib/server/auth/reset-mail';
import { getDb } from '@/lib/server/db';
import { createStaffAccount, resetAccountTotp, setAccountActive } from '@/lib/server/staff/account-updates';
import { authorizeForm } from '@/lib/server/staff/authorize-form';

const list = (value: string | undefined) => (value ? value.split(',').filter(Boolean) : []);

const createSchema = z.object({
  email: z.string().trim().min(1, 'emailRequired').max(254, 'emailInvalid').email('emailInvalid'),
  name: z.string().trim().min(1, 'nameRequired').max(100, 'nameTooLong'),
  roles: z.array(z.enum(ROLES, 'rolesRequired')).min(1, 'rolesRequired'),
  teamIds: z.array(z.string().max(64)).max(50),
  password: z.string().min(1, 'passwordRequired').max(1024, 'tooLong'),
});

/** Creates an account. The state returned never holds the password, only the other fields to show again. */
export async function createAccount(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const locale = values.locale === 'en' ? 'en' : 'nl';
  const session = await requireStaff(canManageAccounts, locale);
  // Everything but the password comes back, so a form without JavaScript keeps what was typed and ticked.
  const safeValues = {
    email: values.email ?? '',
    name: values.name ?? '',
    roles: values.roles ?? '',
    teamIds: values.teamIds ?? '',
  };
  const parsed = createSchema.safeParse({
    ...values,
    roles: list(values.roles),
    teamIds: list(values.teamIds),
  });
  if (!parsed.success) {
    return {
      ok: false,
      fieldErrors: fieldErrorsOf(parsed.error.issues),
      formError: null,
      values: safeValues,
    };
  }
  // The first password is the admin's: its owner chooses their own at the first sign-in.
  const result = await createStaffAccount(getDb(), { ...parsed.data, mustChangePassword: true });
  if (!result.ok) {
    const field =
      result.reason === 'emailTaken' ? 'email' : result.reason === 'unknownTeam' ? 'teamIds' : 'password';
    return { ok: false, fieldErrors: { [field]: result.reason }, formError: null, values: safeValues };
  }
  await recordAudit({
    actorId: session.userId,
    action: 'account.create',
    target: result.id,
    detail: parsed.data.roles.join(','),
  });
  revalidatePath(`/${locale}/staff/accounts`);
  return { ok: true };
}

const accountOp = z.object({
  userId: z.string().min(1).max(64),
  op: z.enum(['activate', 'deactivate', 'resetTotp']),
});

export async function updateAccount(_previous: FormState, formData: FormData): Promise<FormState> {
  const form = await authorizeForm(formData, canManageAccounts, accountOp, { hiddenFieldsOnly: true });
  if (!form.ok) return form.state;
  const { session, data, locale } = form;
  const { userId, op } = data;
  if (userId === session.userId && op === 'deactivate') return formError('notSelf');
  const db = getDb();
  const done =
    op === 'resetTotp'
      ? await resetAccountTotp(db, userId)
      : await setAccountActive(db, userId, op === 'activate');
  if (!done) return formError('notFound');
  await recordAudit({ actorId: session.userId, action: `account.${op}`, target: userId });
  revalidatePath(`/${locale}/staff/accounts`);
  return { ok: true };
}

const resetSchema = z.object({ userId: z.string().min(1).max(64) });

/**
 * Resets an account's password: the old one stops working and every session of the account ends at once; a
 * one-time link (24 hours) lets the person choose a new one. The link is e-mailed to the account's address when SMTP
 * is configured, else (or when sending fails) shown once to the admin. Only its SHA-256 is stored.
 */
export async function resetAccountPassword(_previous: FormState, formData: FormData): Promise<FormState> {
  const form = await authorizeForm(formData, canManageAccounts, resetSchema, { hiddenFieldsOnly: true });
  if (!form.ok) return form.state;
  const { session, data, locale } = form;
  if (data.userId === session.userId) return formError('resetSelf');
  const now = new Date();
  const issued = await issuePasswordReset(getDb(), data.userId, now);
  if (!issued) return formError('notFound');
  const mailed = await mailResetLink(issued.email, issued.token);
  await recordAudit(
    {
      actorId: session.userId,
      action: 'account.reset_password',
      target: data.userId,
      detail: mailed === 'sent' ? 'link mailed' : 'link shown to admin',
    },
    now,
  );
  revalidatePath(`/${locale}/staff/accounts`);
  if (mailed === 'sent') return { ok: true };
  const links = resetLinks(issued.token);
  return { ok: true, reveal: locale === 'en' ? links.en : links.nl };
}
