'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { canManageSettings } from '@/lib/auth/permissions';
import { type FormState, formValues } from '@/lib/staff/form-state';
import { recordAudit } from '@/lib/server/audit';
import { requireStaff } from '@/lib/server/auth/guard';
import { getDb } from '@/lib/server/db';
import { setRequireTotp } from '@/lib/server/staff/settings';

const settingsSchema = z.object({ requireTotp: z.literal('true').optional() });

export async function saveSettings(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const locale = values.locale === 'en' ? 'en' : 'nl';
  const session = await requireStaff(canManageSettings, locale);
  const parsed = settingsSchema.safeParse({ requireTotp: values.requireTotp });
  if (!parsed.success) return { ok: false, fieldErrors: { requireTotp: 'unknown' }, formError: null };
  const required = parsed.data.requireTotp === 'true';
  await setRequireTotp(getDb(), required);
  await recordAudit({ actorId: session.userId, action: 'settings.require_totp', detail: String(required) });
  revalidatePath(`/${locale}/staff/settings`);
  return { ok: true };
}
