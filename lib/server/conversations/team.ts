import 'server-only';
import { randomUUID } from 'node:crypto';
import {
  canManageTemplates,
  canOpenTemplates,
  canReadRequests,
  type StaffSession,
} from '@/lib/auth/permissions';
import { CONVERSATION_REACH, nextConversationStatus, type ReplyOutcome } from '@/lib/auth/request-status';
import type { Keyring } from '@/lib/contact/crypto';
import { displayLabel, type LabelKind } from '@/lib/conversations/display-label';
import { checkReply, type ReplyProblem } from '@/lib/conversations/reply-check';
import { floorToHour } from '@/lib/counting/time';
import { staffLanguageOf, type VisitorLocale } from '@/lib/i18n/locales';
import { recordAudit } from '@/lib/server/audit';
import { getConfig } from '@/lib/server/config';
import { count } from '@/lib/server/counting/counter';
import type { Db } from '@/lib/server/db';
import { mine } from '@/lib/server/staff/request-updates';
import { appendMessage } from './messages';

const DAY_MS = 86_400_000;

export type ReplyResult =
  | { ok: true }
  | { ok: false; reason: 'notFound' | 'notAllowed' }
  | { ok: false; reason: 'invalid'; problem: ReplyProblem };

export interface ReplyInput {
  requestId: string;
  body: string;
  labelKind: LabelKind;
  outcome: ReplyOutcome;
}

/**
 * A case worker answers a conversation of one of their teams. The reply is checked (length, no links to other
 * sites), encrypted like the person's messages, shown under the label the case worker picked (first name or team,
 * never the full name), and written to the audit log. The status follows: answered or waiting for the person.
 */
export async function addTeamReply(
  db: Db,
  session: StaffSession,
  input: ReplyInput,
  keyring: Keyring,
  now: Date,
  siteUrl = getConfig().SITE_URL,
): Promise<ReplyResult> {
  const checked = checkReply(input.body, siteUrl);
  if (!checked.ok) return { ok: false, reason: 'invalid', problem: checked.problem };
  const row = await db.contactRequest.findFirst({
    where: { ...mine(session, input.requestId), reach: CONVERSATION_REACH },
    select: {
      id: true,
      reference: true,
      status: true,
      teamId: true,
      wave: true,
      arm: true,
      lastActivityAt: true,
    },
  });
  if (!row) return { ok: false, reason: 'notFound' };
  const status = nextConversationStatus(row.status, { type: 'teamReplied', outcome: input.outcome });
  const retention = getConfig().CONVERSATION_RETENTION_DAYS * DAY_MS;
  // An expired conversation can no longer be opened by the person; replying must not bring it back.
  const expired = !row.lastActivityAt || row.lastActivityAt.getTime() + retention <= now.getTime();
  if (!status || expired) return { ok: false, reason: 'notAllowed' };
  const team = await db.team.findUnique({ where: { id: row.teamId }, select: { name: true } });
  const label = displayLabel(input.labelKind, { staffName: session.name, teamName: team?.name ?? '' });
  const hour = floorToHour(now);
  const stored = await db.$transaction(async (tx) => {
    // The request row first: a deletion by the person racing with this reply either wins or waits for it.
    const { count: updated } = await tx.contactRequest.updateMany({
      where: { ...mine(session, row.id), reach: CONVERSATION_REACH, status: { not: 'deleted' } },
      data: {
        status,
        waitingSince: null,
        answerUnread: true,
        lastActivityAt: hour,
        updatedAt: hour,
        closedAt: null,
      },
    });
    if (updated === 0) return false;
    await tx.contactRequest.updateMany({
      where: { id: row.id, firstAnsweredAt: null },
      data: { firstAnsweredAt: hour },
    });
    await appendMessage(tx, keyring, {
      requestId: row.id,
      reference: row.reference,
      author: 'team',
      body: checked.text,
      label,
      authorId: session.userId,
      createdAt: hour,
    });
    return true;
  });
  if (!stored) return { ok: false, reason: 'notFound' };
  await recordAudit(
    { actorId: session.userId, action: 'conversation.reply', target: row.id, detail: status },
    now,
  );
  count({ metric: 'conversation_reply', wave: row.wave, arm: row.arm }, now);
  return { ok: true };
}

export interface TemplateView {
  id: string;
  teamId: string;
  locale: string;
  title: string;
  body: string;
}

export const TEMPLATE_LOCALES = ['nl', 'en'] as const;

/** The saved answers of the teams this person may use or manage, per team, Dutch first, by title. */
export async function findTemplates(
  db: Db,
  session: StaffSession,
  teamIds: string[],
): Promise<TemplateView[]> {
  const allowed = teamIds.filter((teamId) => canManageTemplates(session, { teamId }));
  if (allowed.length === 0) return [];
  const rows = await db.replyTemplate.findMany({
    where: { teamId: { in: allowed } },
    orderBy: [{ teamId: 'asc' }, { locale: 'desc' }, { title: 'asc' }, { id: 'asc' }],
    select: { id: true, teamId: true, locale: true, title: true, body: true },
  });
  return rows;
}

/** The teams whose saved answers this person may manage: every active team for admins, else their own. */
export async function findTemplateTeams(
  db: Db,
  session: StaffSession,
): Promise<{ id: string; name: string }[]> {
  if (!canOpenTemplates(session)) return [];
  const teams = await db.team.findMany({
    where: { active: true },
    orderBy: { name: 'asc' },
    select: { id: true, name: true },
  });
  return teams.filter((team) => canManageTemplates(session, { teamId: team.id }));
}

/**
 * The templates a case worker can start a reply from on this request: those of its team, the ones in the language
 * closest to the person's page first (English for a Polish, Turkish or Arabic page: templates exist in nl and en).
 */
export async function findTemplatesForRequest(
  db: Db,
  session: StaffSession,
  request: { teamId: string; locale: VisitorLocale | null },
): Promise<TemplateView[]> {
  if (!canReadRequests(session)) return [];
  const templates = await findTemplates(db, session, [request.teamId]);
  if (!request.locale) return templates;
  const preferred = staffLanguageOf(request.locale);
  return [
    ...templates.filter((template) => template.locale === preferred),
    ...templates.filter((template) => template.locale !== preferred),
  ];
}

export type TemplateResult =
  | { ok: true; id: string }
  | { ok: false; reason: 'notFound' }
  | { ok: false; reason: 'invalid'; problem: ReplyProblem };

export interface TemplateInput {
  teamId: string;
  locale: (typeof TEMPLATE_LOCALES)[number];
  title: string;
  body: string;
}

/** Adds (no id) or changes a saved answer; it must pass the same check as a reply. Audited without its text. */
export async function saveTemplate(
  db: Db,
  session: StaffSession,
  input: TemplateInput & { id?: string },
  now: Date,
  siteUrl = getConfig().SITE_URL,
): Promise<TemplateResult> {
  if (!canManageTemplates(session, input)) return { ok: false, reason: 'notFound' };
  const checked = checkReply(input.body, siteUrl);
  if (!checked.ok) return { ok: false, reason: 'invalid', problem: checked.problem };
  const data = { locale: input.locale, title: input.title, body: checked.text, updatedAt: now };
  if (input.id) {
    const existing = await db.replyTemplate.findUnique({ where: { id: input.id }, select: { teamId: true } });
    if (!existing || !canManageTemplates(session, existing)) return { ok: false, reason: 'notFound' };
    await db.replyTemplate.update({ where: { id: input.id }, data });
    await recordAudit({ actorId: session.userId, action: 'template.update', target: input.id }, now);
    return { ok: true, id: input.id };
  }
  const id = randomUUID();
  await db.replyTemplate.create({ data: { id, teamId: input.teamId, ...data } });
  await recordAudit(
    { actorId: session.userId, action: 'template.create', target: id, detail: input.teamId },
    now,
  );
  return { ok: true, id };
}

export async function deleteTemplate(
  db: Db,
  session: StaffSession,
  id: string,
  now: Date,
): Promise<{ ok: true } | { ok: false; reason: 'notFound' }> {
  const existing = await db.replyTemplate.findUnique({ where: { id }, select: { teamId: true } });
  if (!existing || !canManageTemplates(session, existing)) return { ok: false, reason: 'notFound' };
  await db.replyTemplate.delete({ where: { id } });
  await recordAudit({ actorId: session.userId, action: 'template.delete', target: id }, now);
  return { ok: true };
}
