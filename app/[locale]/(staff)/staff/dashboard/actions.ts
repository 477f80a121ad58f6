'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { canManageSettings } from '@/lib/auth/permissions';
import type { FormState } from '@/lib/staff/form-state';
import { savePrivacyMode } from '@/lib/server/analytics/privacy-mode';
import { recordAudit } from '@/lib/server/audit';
import { getDb } from '@/lib/server/db';
import { authorizeForm } from '@/lib/server/staff/authorize-form';

const privacyModeSchema = z.object({
  locale: z.enum(['nl', 'en']).catch('nl'),
  privacyMode: z.enum(['true', 'false'], { message: 'invalid' }),
});

/** Turns privacy mode on or off (admins only, audited): small counts then read "< 5" on screen as well. */
export async function setPrivacyMode(_previous: FormState, formData: FormData): Promise<FormState> {
  // The permission check comes first: without a session nothing is even validated.
  const form = await authorizeForm(formData, canManageSettings, privacyModeSchema);
  if (!form.ok) return form.state;
  const { session, data } = form;
  const on = data.privacyMode === 'true';
  await savePrivacyMode(getDb(), on);
  await recordAudit({
    actorId: session.userId,
    action: 'settings.privacy_mode',
    target: 'privacyMode',
    detail: on ? 'on' : 'off',
  });
  revalidatePath(`/${data.locale}/staff/dashboard`);
  return { ok: true };
}
