'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { canManageSettings } from '@/lib/auth/permissions';
import { fieldErrorsOf, type FormState, formValues } from '@/lib/staff/form-state';
import { savePrivacyMode } from '@/lib/server/analytics/privacy-mode';
import { recordAudit } from '@/lib/server/audit';
import { requireStaff } from '@/lib/server/auth/guard';
import { getDb } from '@/lib/server/db';

const privacyModeSchema = z.object({
  locale: z.enum(['nl', 'en']).catch('nl'),
  privacyMode: z.enum(['true', 'false'], { message: 'invalid' }),
});

/** Turns privacy mode on or off (admins only, audited): small counts then read "< 5" on screen as well. */
export async function setPrivacyMode(_previous: FormState, formData: FormData): Promise<FormState> {
  const raw = formValues(formData);
  // The permission check comes first: without a session nothing is even validated.
  const session = await requireStaff(canManageSettings, raw.locale === 'en' ? 'en' : 'nl');
  const parsed = privacyModeSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error.issues), formError: null };
  const on = parsed.data.privacyMode === 'true';
  await savePrivacyMode(getDb(), on);
  await recordAudit({
    actorId: session.userId,
    action: 'settings.privacy_mode',
    target: 'privacyMode',
    detail: on ? 'on' : 'off',
  });
  revalidatePath(`/${parsed.data.locale}/staff/dashboard`);
  return { ok: true };
}
