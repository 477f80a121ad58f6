import 'server-only';
import type { z } from 'zod';
import type { StaffSession } from '@/lib/auth/permissions';
import { requireStaff } from '@/lib/server/auth/guard';
import { fieldErrorsOf, type FormState, formValues } from '@/lib/staff/form-state';

export type StaffLocale = 'nl' | 'en';

export type AuthorizedForm<T> = {
  ok: true;
  session: StaffSession;
  data: T;
  raw: Record<string, string>;
  locale: StaffLocale;
};

export interface AuthorizeOptions {
  /** The typed values that may be shown again after a failed submit (never a password or code). */
  safeValues?: (raw: Record<string, string>) => Record<string, string>;
  /** For forms of hidden fields and buttons only: an invalid post can only be tampered with, so no field errors. */
  hiddenFieldsOnly?: boolean;
}

/**
 * The start of every staff form action, always in this order: who is asking and whether they may (sign-in redirect
 * or 403 otherwise, before any input is looked at), then the input against the action's schema. An invalid form
 * comes back as the finished FormState for the action to return.
 */
export async function authorizeForm<Schema extends z.ZodType>(
  formData: FormData,
  check: (session: StaffSession) => boolean,
  schema: Schema,
  { safeValues, hiddenFieldsOnly = false }: AuthorizeOptions = {},
): Promise<AuthorizedForm<z.infer<Schema>> | { ok: false; state: FormState }> {
  const raw = formValues(formData);
  const locale: StaffLocale = raw.locale === 'en' ? 'en' : 'nl';
  const session = await requireStaff(check, locale);
  const parsed = schema.safeParse(raw);
  if (parsed.success) return { ok: true, session, data: parsed.data, raw, locale };
  if (hiddenFieldsOnly) return { ok: false, state: { ok: false, fieldErrors: {}, formError: 'unknown' } };
  return {
    ok: false,
    state: {
      ok: false,
      fieldErrors: fieldErrorsOf(parsed.error.issues),
      formError: null,
      ...(safeValues ? { values: safeValues(raw) } : {}),
    },
  };
}
