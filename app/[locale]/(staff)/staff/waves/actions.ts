'use server';

import { randomUUID } from 'node:crypto';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { getConfig } from '@/lib/server/config';
import { VISITOR_LOCALES } from '@/lib/i18n/locales';
import { canManageWaves } from '@/lib/auth/permissions';
import { isIsoDay } from '@/lib/analytics/days';
import type { FormState } from '@/lib/staff/form-state';
import { linkCodeSchema, smsTextSchema } from '@/lib/waves/wave-schemas';
import { recordAudit } from '@/lib/server/audit';
import { getDb } from '@/lib/server/db';
import { authorizeForm } from '@/lib/server/staff/authorize-form';
import { invalidateWaveDirectory } from '@/lib/server/waves/wave-directory';

const locale = z.enum(['nl', 'en']).catch('nl');

const waveFields = {
  name: z.string().trim().min(1, 'nameRequired').max(100, 'nameTooLong'),
  sentOn: z.string().trim().refine(isIsoDay, 'sentOnInvalid'),
  recipients: z
    .string()
    .trim()
    .regex(/^\d{1,8}$/, 'recipientsInvalid')
    .transform(Number),
  waveLocale: z
    .enum(VISITOR_LOCALES, { message: 'localeInvalid' })
    .refine((value) => getConfig().VISITOR_LOCALES.includes(value), { message: 'localeInvalid' }),
  smsText: smsTextSchema,
};

const createWaveSchema = z.object({
  locale,
  code: linkCodeSchema,
  ...waveFields,
});

const SAFE_VALUES = ['code', 'name', 'sentOn', 'recipients', 'waveLocale', 'smsText'];
const safeValues = (raw: Record<string, string>) =>
  Object.fromEntries(SAFE_VALUES.map((key) => [key, (raw[key] ?? '').slice(0, 1000)]));

/** Creates a wave (admins only, audited); the code must be new. Goes on to the wave's page with its SMS preview. */
export async function createWave(_previous: FormState, formData: FormData): Promise<FormState> {
  const form = await authorizeForm(formData, canManageWaves, createWaveSchema, { safeValues });
  if (!form.ok) return form.state;
  const { session, data, raw } = form;
  const { code, name, sentOn, recipients, waveLocale, smsText } = data;
  const db = getDb();
  if ((await db.wave.count({ where: { code } })) > 0) {
    return { ok: false, fieldErrors: { code: 'codeTaken' }, formError: null, values: safeValues(raw) };
  }
  const id = randomUUID();
  await db.wave.create({ data: { id, code, name, sentOn, recipients, locale: waveLocale, smsText } });
  await recordAudit({ actorId: session.userId, action: 'wave.create', target: id, detail: code });
  invalidateWaveDirectory();
  redirect(`/${data.locale}/staff/waves/${id}?saved=1`);
}

const updateWaveSchema = z.object({ locale, id: z.string().min(1).max(64), ...waveFields });

/** Edits a wave's name, date, recipients, language and SMS text; the code (already sent out) never changes. */
export async function updateWave(_previous: FormState, formData: FormData): Promise<FormState> {
  const form = await authorizeForm(formData, canManageWaves, updateWaveSchema, { safeValues });
  if (!form.ok) return form.state;
  const { session, data } = form;
  const { id, name, sentOn, recipients, waveLocale, smsText } = data;
  const db = getDb();
  const existing = await db.wave.findUnique({ where: { id } });
  if (!existing) return { ok: false, fieldErrors: {}, formError: 'notFound' };
  await db.wave.update({ where: { id }, data: { name, sentOn, recipients, locale: waveLocale, smsText } });
  const changed = (['name', 'sentOn', 'recipients', 'locale', 'smsText'] as const).filter(
    (key) => existing[key] !== { name, sentOn, recipients, locale: waveLocale, smsText }[key],
  );
  await recordAudit({
    actorId: session.userId,
    action: 'wave.update',
    target: id,
    detail: `${existing.code}: ${changed.join(', ') || 'no change'}`,
  });
  invalidateWaveDirectory();
  revalidatePath(`/${data.locale}/staff/waves/${id}`);
  return { ok: true };
}

const closeWaveSchema = z.object({
  locale,
  id: z.string().min(1).max(64),
  closed: z.enum(['true', 'false']),
});

/** Closes a wave (its link keeps working, but no new SMS goes out under it) or opens it again. */
export async function setWaveClosed(_previous: FormState, formData: FormData): Promise<FormState> {
  const form = await authorizeForm(formData, canManageWaves, closeWaveSchema, { hiddenFieldsOnly: true });
  if (!form.ok) return form.state;
  const { session, data } = form;
  const { id } = data;
  const closed = data.closed === 'true';
  const db = getDb();
  const existing = await db.wave.findUnique({ where: { id } });
  if (!existing) return { ok: false, fieldErrors: {}, formError: 'notFound' };
  await db.wave.update({ where: { id }, data: { closed } });
  await recordAudit({
    actorId: session.userId,
    action: closed ? 'wave.close' : 'wave.reopen',
    target: id,
    detail: existing.code,
  });
  invalidateWaveDirectory();
  revalidatePath(`/${data.locale}/staff/waves/${id}`);
  return { ok: true };
}
