'use server';

import { randomUUID } from 'node:crypto';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { canManageWaves } from '@/lib/auth/permissions';
import { floorToHour } from '@/lib/counting/time';
import { formError, type FormState } from '@/lib/staff/form-state';
import { CHANNEL_ORDERS, MAX_ARMS, MIN_ARMS, PRIMARY_MEASURES } from '@/lib/waves/arms';
import { linkCodeSchema, smsTextSchema } from '@/lib/waves/wave-schemas';
import { recordAudit } from '@/lib/server/audit';
import { getDb } from '@/lib/server/db';
import { authorizeForm } from '@/lib/server/staff/authorize-form';
import { invalidateWaveDirectory } from '@/lib/server/waves/wave-directory';

// Every arm action works on one wave; the plan and the arms' texts lock once the wave is marked sent, so what was
// pre-registered is what the results are judged by.

const locale = z.enum(['nl', 'en']).catch('nl');
const id = z.string().min(1).max(64);

const intro = z.string().trim().max(400, 'introTooLong');

const addArmSchema = z.object({
  locale,
  waveId: id,
  code: linkCodeSchema,
  label: z.string().trim().min(1, 'labelRequired').max(60, 'labelTooLong'),
  smsText: smsTextSchema,
  introNl: intro,
  introEn: intro,
  channelOrder: z.enum(CHANNEL_ORDERS, { message: 'channelOrderInvalid' }),
});

const SAFE_VALUES = ['code', 'label', 'smsText', 'introNl', 'introEn', 'channelOrder'];
const safeValues = (raw: Record<string, string>) =>
  Object.fromEntries(SAFE_VALUES.map((key) => [key, (raw[key] ?? '').slice(0, 1000)]));

async function openWave(waveId: string) {
  const wave = await getDb().wave.findUnique({ where: { id: waveId } });
  if (!wave) return { ok: false as const, state: formError('notFound') };
  if (wave.markedSentAt) return { ok: false as const, state: formError('locked') };
  return { ok: true as const, wave };
}

function changed(waveLocale: string, waveId: string) {
  invalidateWaveDirectory();
  revalidatePath(`/${waveLocale}/staff/waves/${waveId}`);
}

/** Adds an arm (its own link code, SMS text, introductions and channel order) to a wave not yet sent. */
export async function addArm(_previous: FormState, formData: FormData): Promise<FormState> {
  const form = await authorizeForm(formData, canManageWaves, addArmSchema, { safeValues });
  if (!form.ok) return form.state;
  const { session, data, raw } = form;
  const open = await openWave(data.waveId);
  if (!open.ok) return open.state;
  const db = getDb();
  const arms = await db.waveArm.findMany({ where: { waveId: data.waveId }, select: { position: true } });
  if (arms.length >= MAX_ARMS) return formError('tooManyArms', safeValues(raw));
  const taken =
    (await db.wave.count({ where: { code: data.code } })) +
    (await db.waveArm.count({ where: { code: data.code } }));
  if (taken > 0)
    return { ok: false, fieldErrors: { code: 'codeTaken' }, formError: null, values: safeValues(raw) };
  const intros = Object.fromEntries(
    Object.entries({ nl: data.introNl, en: data.introEn }).filter(([, text]) => text !== ''),
  );
  await db.waveArm.create({
    data: {
      id: randomUUID(),
      waveId: data.waveId,
      code: data.code,
      label: data.label,
      position: Math.max(-1, ...arms.map((arm) => arm.position)) + 1,
      smsText: data.smsText,
      intros: JSON.stringify(intros),
      channelOrder: data.channelOrder,
    },
  });
  await recordAudit({
    actorId: session.userId,
    action: 'wave.arm_add',
    target: data.waveId,
    detail: `${open.wave.code}: ${data.code} (${data.label})`,
  });
  changed(data.locale, data.waveId);
  return { ok: true };
}

const armSchema = z.object({ locale, waveId: id, armId: id });

/** Removes an arm from a wave not yet sent (its link has not gone out, so nothing can point at it). */
export async function removeArm(_previous: FormState, formData: FormData): Promise<FormState> {
  const form = await authorizeForm(formData, canManageWaves, armSchema, { hiddenFieldsOnly: true });
  if (!form.ok) return form.state;
  const { session, data } = form;
  const open = await openWave(data.waveId);
  if (!open.ok) return open.state;
  const db = getDb();
  const arm = await db.waveArm.findFirst({ where: { id: data.armId, waveId: data.waveId } });
  if (!arm) return formError('notFound');
  await db.waveArm.delete({ where: { id: arm.id } });
  await recordAudit({
    actorId: session.userId,
    action: 'wave.arm_remove',
    target: data.waveId,
    detail: `${open.wave.code}: ${arm.code}`,
  });
  changed(data.locale, data.waveId);
  return { ok: true };
}

const sentSchema = armSchema.extend({
  sent: z
    .string()
    .trim()
    .regex(/^\d{1,8}$/, 'sentInvalid')
    .transform(Number),
});

/** Records how many messages an arm delivered, as the sender reports it: entered after sending, so never locked. */
export async function setArmSent(_previous: FormState, formData: FormData): Promise<FormState> {
  const form = await authorizeForm(formData, canManageWaves, sentSchema);
  if (!form.ok) return form.state;
  const { session, data } = form;
  const db = getDb();
  const arm = await db.waveArm.findFirst({ where: { id: data.armId, waveId: data.waveId } });
  if (!arm) return formError('notFound');
  await db.waveArm.update({ where: { id: arm.id }, data: { sent: data.sent } });
  await recordAudit({
    actorId: session.userId,
    action: 'wave.arm_sent',
    target: data.waveId,
    detail: `${arm.code}: ${arm.sent ?? '-'} -> ${data.sent}`,
  });
  changed(data.locale, data.waveId);
  return { ok: true };
}

const percent = (min: number, max: number, message: string) =>
  z
    .string()
    .trim()
    .transform((text) => text.replace(',', '.'))
    .pipe(z.string().regex(/^\d{1,2}(?:\.\d{1,2})?$/, message))
    .transform(Number)
    .refine((value) => value >= min && value <= max, message);

const planSchema = z
  .object({
    locale,
    waveId: id,
    primaryMeasure: z.enum(PRIMARY_MEASURES, { message: 'measureInvalid' }),
    baselinePercent: percent(0.1, 99, 'baselineInvalid'),
    minDifferencePoints: percent(0.1, 50, 'differenceInvalid'),
  })
  .refine((plan) => plan.baselinePercent + plan.minDifferencePoints < 100, {
    path: ['minDifferencePoints'],
    message: 'differenceInvalid',
  });

/** Saves the pre-registered plan: the primary measure, the expected share and the smallest difference worth finding. */
export async function savePlan(_previous: FormState, formData: FormData): Promise<FormState> {
  const form = await authorizeForm(formData, canManageWaves, planSchema, {
    safeValues: (raw) => ({
      primaryMeasure: raw.primaryMeasure ?? '',
      baselinePercent: (raw.baselinePercent ?? '').slice(0, 10),
      minDifferencePoints: (raw.minDifferencePoints ?? '').slice(0, 10),
    }),
  });
  if (!form.ok) return form.state;
  const { session, data } = form;
  const open = await openWave(data.waveId);
  if (!open.ok) return open.state;
  const { primaryMeasure, baselinePercent, minDifferencePoints } = data;
  await getDb().wave.update({
    where: { id: data.waveId },
    data: { primaryMeasure, baselinePercent, minDifferencePoints },
  });
  await recordAudit({
    actorId: session.userId,
    action: 'wave.plan',
    target: data.waveId,
    detail: `${open.wave.code}: ${primaryMeasure}, ${baselinePercent} % + ${minDifferencePoints} points`,
  });
  changed(data.locale, data.waveId);
  return { ok: true };
}

const markSentSchema = z.object({ locale, waveId: id });

/**
 * Marks a wave as sent: from then on its plan and its arms are locked. An experiment needs 2 to 4 arms and a plan
 * first, so nobody can choose the measure after seeing the numbers.
 */
export async function markWaveSent(_previous: FormState, formData: FormData): Promise<FormState> {
  const form = await authorizeForm(formData, canManageWaves, markSentSchema, { hiddenFieldsOnly: true });
  if (!form.ok) return form.state;
  const { session, data } = form;
  const open = await openWave(data.waveId);
  if (!open.ok) return open.state;
  const arms = await getDb().waveArm.count({ where: { waveId: data.waveId } });
  if (arms === 1 || arms > MAX_ARMS) return formError('needsTwoArms');
  if (arms >= MIN_ARMS && !open.wave.primaryMeasure) return formError('needsPlan');
  // To the hour, like every time stored beside what visitors did.
  await getDb().wave.update({ where: { id: data.waveId }, data: { markedSentAt: floorToHour(new Date()) } });
  await recordAudit({
    actorId: session.userId,
    action: 'wave.mark_sent',
    target: data.waveId,
    detail: `${open.wave.code}: ${arms} arms`,
  });
  changed(data.locale, data.waveId);
  return { ok: true };
}
