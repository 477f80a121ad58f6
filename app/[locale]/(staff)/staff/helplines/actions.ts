'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { scheduleFromText } from '@/lib/admin/schedule-text';
import { canManageHelplines } from '@/lib/auth/permissions';
import { channelProblems } from '@/lib/routing/validate';
import { languageListSchema } from '@/lib/admin/language-list';
import { AUDIENCES, CHANNEL_KINDS, TOPICS } from '@/lib/routing/types';
import type { FormState } from '@/lib/staff/form-state';
import { recordAudit } from '@/lib/server/audit';
import { getDb } from '@/lib/server/db';
import { invalidateChannels } from '@/lib/server/helplines/helpline-directory';
import { authorizeForm } from '@/lib/server/staff/authorize-form';

const locale = z.enum(['nl', 'en']).catch('nl');
const list = <T extends string>(allowed: readonly T[], message: string) =>
  z
    .string()
    .default('')
    .transform((value) => [...new Set(value.split(',').filter(Boolean))])
    .pipe(z.array(z.enum(allowed as unknown as [T, ...T[]], { message })).min(1, message));
const flag = z
  .string()
  .optional()
  .transform((value) => value === 'true');

const helplineFields = {
  labelNl: z.string().trim().min(1, 'labelNlRequired').max(120, 'labelTooLong'),
  labelEn: z.string().trim().min(1, 'labelEnRequired').max(120, 'labelTooLong'),
  kind: z.enum(CHANNEL_KINDS, { message: 'kindInvalid' }),
  address: z.string().trim().min(1, 'addressRequired').max(300, 'addressInvalid'),
  audiences: list(AUDIENCES, 'audiencesRequired'),
  topics: list(TOPICS, 'topicsRequired'),
  languages: languageListSchema,
  priority: z
    .string()
    .trim()
    .regex(/^\d{1,4}$/, 'priorityInvalid')
    .transform(Number),
  weekly: z.string().max(4000, 'weeklyInvalid').default(''),
  exceptions: z.string().max(8000, 'exceptionsInvalid').default(''),
  alwaysOpen: flag,
  closedOnPublicHolidays: flag,
  active: flag,
};

/** The address must suit the kind: E.164 for phone lines, an e-mail address, or our own path or an https link. */
function addressProblem(kind: string, address: string): string | null {
  if (['phone', 'sms', 'whatsapp'].includes(kind))
    return /^\+[1-9]\d{7,14}$/.test(address) ? null : 'addressPhone';
  if (kind === 'email') return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(address) ? null : 'addressEmail';
  return /^\/[a-z0-9/-]*$/.test(address) || /^https:\/\/\S+$/.test(address) ? null : 'addressLink';
}

const SAFE = ['id', 'labelNl', 'labelEn', 'kind', 'address', 'priority', 'weekly', 'exceptions'];
const safeValues = (raw: Record<string, string>) =>
  Object.fromEntries(SAFE.map((key) => [key, (raw[key] ?? '').slice(0, 8000)]));

type Parsed = z.infer<z.ZodObject<typeof helplineFields>>;

interface HelplineData {
  kind: string;
  labelNl: string;
  labelEn: string;
  address: string;
  audiences: string;
  topics: string;
  languages: string;
  priority: number;
  schedule: string;
  active: boolean;
}

/** Validates everything the visitor pages need before anything is written: a bad edit is refused, never shown. */
function toRow(data: Parsed, id: string): { row: HelplineData | null; errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const address = addressProblem(data.kind, data.address);
  if (address) errors.address = address;
  const schedule = scheduleFromText(data);
  if (!schedule.ok) errors[schedule.field] = `${schedule.field}Invalid`;
  if (Object.keys(errors).length > 0 || !schedule.ok) return { row: null, errors };
  const channel = {
    id,
    kind: data.kind,
    label: { nl: data.labelNl, en: data.labelEn },
    address: data.address,
    audiences: data.audiences,
    topics: data.topics,
    priority: data.priority,
    schedule: schedule.schedule,
    languages: data.languages,
  };
  if (channelProblems(channel).length > 0) return { row: null, errors: { weekly: 'weeklyInvalid' } };
  return {
    row: {
      kind: data.kind,
      labelNl: data.labelNl,
      labelEn: data.labelEn,
      address: data.address,
      audiences: data.audiences.join(','),
      topics: data.topics.join(','),
      languages: data.languages.join(','),
      priority: data.priority,
      schedule: JSON.stringify(schedule.schedule),
      active: data.active,
    },
    errors,
  };
}

const updateSchema = z.object({ locale, id: z.string().min(1).max(64), ...helplineFields });

/** Saves a helpline (admins only, audited). Visitor pages on this instance show it at once, others within 30 s. */
export async function updateHelpline(_previous: FormState, formData: FormData): Promise<FormState> {
  const form = await authorizeForm(formData, canManageHelplines, updateSchema, { safeValues });
  if (!form.ok) return form.state;
  const { session, data, raw } = form;
  const db = getDb();
  const existing = await db.helpline.findUnique({ where: { id: data.id } });
  if (!existing) return { ok: false, fieldErrors: {}, formError: 'notFound' };
  const { row, errors } = toRow(data, data.id);
  if (!row) return { ok: false, fieldErrors: errors, formError: null, values: safeValues(raw) };
  await db.helpline.update({ where: { id: data.id }, data: row });
  const changed = (Object.keys(row) as (keyof HelplineData)[]).filter((key) => row[key] !== existing[key]);
  await recordAudit({
    actorId: session.userId,
    action: 'helpline.update',
    target: data.id,
    detail: changed.join(', ') || 'no change',
  });
  invalidateChannels();
  revalidatePath(`/${data.locale}/staff/helplines`, 'layout');
  return { ok: true };
}

const createSchema = z.object({
  locale,
  id: z
    .string()
    .trim()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'idInvalid')
    .max(64, 'idInvalid')
    .refine((id) => id !== 'new', 'idInvalid'),
  ...helplineFields,
});

/** Adds a helpline; its id is also the name its taps are counted under, so it is fixed once created. */
export async function createHelpline(_previous: FormState, formData: FormData): Promise<FormState> {
  const form = await authorizeForm(formData, canManageHelplines, createSchema, { safeValues });
  if (!form.ok) return form.state;
  const { session, data, raw } = form;
  const db = getDb();
  if ((await db.helpline.count({ where: { id: data.id } })) > 0) {
    return { ok: false, fieldErrors: { id: 'idTaken' }, formError: null, values: safeValues(raw) };
  }
  const { row, errors } = toRow(data, data.id);
  if (!row) return { ok: false, fieldErrors: errors, formError: null, values: safeValues(raw) };
  await db.helpline.create({ data: { id: data.id, ...row } });
  await recordAudit({ actorId: session.userId, action: 'helpline.create', target: data.id });
  invalidateChannels();
  redirect(`/${data.locale}/staff/helplines/${data.id}`);
}
