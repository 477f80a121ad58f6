'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { canManageAccounts, ROLES } from '@/lib/auth/permissions';
import { type FormState, fieldErrorsOf, formError, formValues } from '@/lib/staff/form-state';
import { recordAudit } from '@/lib/server/audit';
import { requireStaff } from '@/lib/server/auth/guard';
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
  const result = await createStaffAccount(getDb(), parsed.data);
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
