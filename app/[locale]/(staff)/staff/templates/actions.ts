'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { canOpenTemplates } from '@/lib/auth/permissions';
import { REPLY_MAX_CODE_POINTS } from '@/lib/conversations/reply-check';
import { type FormState, formError } from '@/lib/staff/form-state';
import { deleteTemplate, saveTemplate, TEMPLATE_LOCALES } from '@/lib/server/conversations/team';
import { getDb } from '@/lib/server/db';
import { authorizeForm } from '@/lib/server/staff/authorize-form';

const SAFE = ['teamId', 'locale', 'templateLocale', 'title', 'body'];
const safeValues = (raw: Record<string, string>) =>
  Object.fromEntries(SAFE.map((key) => [key, (raw[key] ?? '').slice(0, REPLY_MAX_CODE_POINTS * 4)]));

// `locale` is the staff page's language (for the redirect and messages); `templateLocale` the answer's language.
const saveSchema = z.object({
  id: z.string().max(64, 'notFound').default(''),
  teamId: z.string().min(1, 'teamRequired').max(80, 'teamRequired'),
  templateLocale: z.enum(TEMPLATE_LOCALES, 'localeInvalid'),
  title: z.string().trim().min(1, 'titleRequired').max(100, 'titleTooLong'),
  // A coarse bound; the exact length and the link check are those of a reply (lib/conversations/reply-check.ts).
  body: z.string().max(REPLY_MAX_CODE_POINTS * 4, 'replyTooLong'),
});

/** Adds (no id) or changes a saved answer of one of my teams (admins: of any team). Audited without its text. */
export async function saveReplyTemplate(_previous: FormState, formData: FormData): Promise<FormState> {
  const form = await authorizeForm(formData, canOpenTemplates, saveSchema, { safeValues });
  if (!form.ok) return form.state;
  const { session, data, raw, locale } = form;
  const result = await saveTemplate(
    getDb(),
    session,
    {
      ...(data.id ? { id: data.id } : {}),
      teamId: data.teamId,
      locale: data.templateLocale,
      title: data.title,
      body: data.body,
    },
    new Date(),
  );
  if (!result.ok) {
    if (result.reason === 'invalid')
      return { ok: false, fieldErrors: { body: result.problem }, formError: null, values: safeValues(raw) };
    return formError(result.reason, safeValues(raw));
  }
  revalidatePath(`/${locale}/staff/templates`);
  return { ok: true };
}

const deleteSchema = z.object({ id: z.string().min(1).max(64) });

export async function deleteReplyTemplate(_previous: FormState, formData: FormData): Promise<FormState> {
  const form = await authorizeForm(formData, canOpenTemplates, deleteSchema, { hiddenFieldsOnly: true });
  if (!form.ok) return form.state;
  const { session, data, locale } = form;
  const result = await deleteTemplate(getDb(), session, data.id, new Date());
  if (!result.ok) return formError(result.reason);
  revalidatePath(`/${locale}/staff/templates`);
  return { ok: true };
}
