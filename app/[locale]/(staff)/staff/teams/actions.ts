'use server';

import { randomUUID } from 'node:crypto';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { canManageTeams } from '@/lib/auth/permissions';
import { languageListSchema } from '@/lib/admin/language-list';
import { AUDIENCES, TOPICS } from '@/lib/routing/types';
import type { FormState } from '@/lib/staff/form-state';
import { recordAudit } from '@/lib/server/audit';
import { getDb } from '@/lib/server/db';
import { authorizeForm } from '@/lib/server/staff/authorize-form';

const locale = z.enum(['nl', 'en']).catch('nl');
const teamFields = {
  name: z.string().trim().min(1, 'nameRequired').max(100, 'nameTooLong'),
  email: z.string().trim().max(254, 'emailInvalid').email('emailInvalid'),
};
const SAFE = ['name', 'email', 'priority', 'replyWithinDays'];
const safeValues = (raw: Record<string, string>) =>
  Object.fromEntries(SAFE.map((key) => [key, (raw[key] ?? '').slice(0, 254)]));

const createTeamSchema = z.object({ locale, ...teamFields });

/** Adds a team that can receive contact requests (admins only, audited). */
export async function createTeam(_previous: FormState, formData: FormData): Promise<FormState> {
  const form = await authorizeForm(formData, canManageTeams, createTeamSchema, { safeValues });
  if (!form.ok) return form.state;
  const { session, data } = form;
  const id = `team-${randomUUID()}`;
  await getDb().team.create({ data: { id, name: data.name, email: data.email } });
  await recordAudit({ actorId: session.userId, action: 'team.create', target: id, detail: data.name });
  redirect(`/${data.locale}/staff/teams/${id}`);
}

const updateTeamSchema = z.object({
  locale,
  id: z.string().min(1).max(80),
  ...teamFields,
  // The promise people see when they write: an answer within this many working days (lib/conversations).
  replyWithinDays: z
    .string()
    .trim()
    .regex(/^\d{1,2}$/, 'replyWithinDaysInvalid')
    .transform(Number)
    .pipe(z.number().int().min(1, 'replyWithinDaysInvalid').max(10, 'replyWithinDaysInvalid')),
  // The languages written messages are answered in: the visitor pages promise no other (lib/conversations).
  languages: languageListSchema,
  active: z
    .string()
    .optional()
    .transform((value) => value === 'true'),
  members: z
    .string()
    .default('')
    .transform((value) => [...new Set(value.split(',').filter(Boolean))]),
});

/**
 * Renames a team, changes where its notifications go, its reply promise, who is in it, and whether it receives
 * requests.
 */
export async function updateTeam(_previous: FormState, formData: FormData): Promise<FormState> {
  const form = await authorizeForm(formData, canManageTeams, updateTeamSchema, { safeValues });
  if (!form.ok) return form.state;
  const { session, data, raw } = form;
  const { id, name, email, replyWithinDays, languages, active, members } = data;
  const db = getDb();
  const existing = await db.team.findUnique({ where: { id } });
  if (!existing) return { ok: false, fieldErrors: {}, formError: 'notFound' };
  const known = await db.staffUser.findMany({ where: { id: { in: members } }, select: { id: true } });
  const memberIds = known.map((user) => user.id);
  if (!active) {
    const routed = await db.routingRule.count({ where: { teamId: id } });
    if (routed > 0)
      return { ok: false, fieldErrors: { active: 'teamHasRules' }, formError: null, values: safeValues(raw) };
  }
  const before = await db.staffTeam.findMany({ where: { teamId: id } });
  await db.$transaction([
    db.team.update({
      where: { id },
      data: { name, email, replyWithinDays, languages: languages.join(','), active },
    }),
    db.staffTeam.deleteMany({ where: { teamId: id } }),
    db.staffTeam.createMany({ data: memberIds.map((userId) => ({ userId, teamId: id })) }),
  ]);
  const added = memberIds.filter((userId) => !before.some((member) => member.userId === userId));
  const removed = before
    .filter((member) => !memberIds.includes(member.userId))
    .map((member) => member.userId);
  await recordAudit({
    actorId: session.userId,
    action: 'team.update',
    target: id,
    detail: `name/email/reply promise ${replyWithinDays}/languages ${languages.join(',')}/active saved; members +${added.length} -${removed.length}`,
  });
  revalidatePath(`/${data.locale}/staff/teams`, 'layout');
  return { ok: true };
}

const ruleSchema = z.object({
  locale,
  audience: z.union([z.literal(''), z.enum(AUDIENCES)], { message: 'audienceInvalid' }),
  topic: z.union([z.literal(''), z.enum(TOPICS)], { message: 'topicInvalid' }),
  teamId: z.string().min(1, 'teamRequired').max(80, 'teamRequired'),
  priority: z
    .string()
    .trim()
    .regex(/^\d{1,4}$/, 'priorityInvalid')
    .transform(Number),
});

/** Adds a routing rule: requests for this audience and topic ('' for any) go to this team; lowest priority wins. */
export async function createRoutingRule(_previous: FormState, formData: FormData): Promise<FormState> {
  const form = await authorizeForm(formData, canManageTeams, ruleSchema, { safeValues });
  if (!form.ok) return form.state;
  const { session, data, raw } = form;
  const { audience, topic, teamId, priority } = data;
  const db = getDb();
  const team = await db.team.findUnique({ where: { id: teamId } });
  if (!team?.active)
    return { ok: false, fieldErrors: { teamId: 'teamRequired' }, formError: null, values: safeValues(raw) };
  const id = `rule-${randomUUID()}`;
  await db.routingRule.create({ data: { id, audience, topic, teamId, priority } });
  await recordAudit({
    actorId: session.userId,
    action: 'routing_rule.create',
    target: id,
    detail: `${audience || '*'}/${topic || '*'} -> ${teamId} (${priority})`,
  });
  revalidatePath(`/${data.locale}/staff/teams`);
  return { ok: true };
}

const deleteRuleSchema = z.object({ locale, id: z.string().min(1).max(80) });

/** Removes a routing rule; the last catch-all rule stays, so every request still reaches a team. */
export async function deleteRoutingRule(_previous: FormState, formData: FormData): Promise<FormState> {
  const form = await authorizeForm(formData, canManageTeams, deleteRuleSchema, { hiddenFieldsOnly: true });
  if (!form.ok) return form.state;
  const { session, data } = form;
  const db = getDb();
  const rule = await db.routingRule.findUnique({ where: { id: data.id } });
  if (!rule) return { ok: false, fieldErrors: {}, formError: 'notFound' };
  if (
    rule.audience === '' &&
    rule.topic === '' &&
    (await db.routingRule.count({ where: { audience: '', topic: '' } })) <= 1
  ) {
    return { ok: false, fieldErrors: {}, formError: 'lastCatchAll' };
  }
  await db.routingRule.delete({ where: { id: rule.id } });
  await recordAudit({
    actorId: session.userId,
    action: 'routing_rule.delete',
    target: rule.id,
    detail: `${rule.audience || '*'}/${rule.topic || '*'} -> ${rule.teamId}`,
  });
  revalidatePath(`/${data.locale}/staff/teams`);
  return { ok: true };
}
