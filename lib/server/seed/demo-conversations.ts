import 'server-only';
import { randomUUID } from 'node:crypto';
import type { RequestStatus } from '@/lib/auth/request-status';
import type { Keyring } from '@/lib/contact/crypto';
import { generateConversationKey } from '@/lib/conversations/conversation-key';
import { displayLabel } from '@/lib/conversations/display-label';
import { amsterdamDay, floorToHour } from '@/lib/counting/time';
import { counterKey } from '@/lib/counting/types';
import { appendMessage } from '@/lib/server/conversations/messages';
import { insertConversation } from '@/lib/server/conversations/start';
import type { Db } from '@/lib/server/db';
import { DEMO_CONVERSATIONS, DEMO_TEMPLATES, type DemoConversation } from './demo-conversation-content';

const HOUR_MS = 3_600_000;

/** The status a demo conversation ends in, from who wrote last (the same rules as the live conversation). */
function statusOf(spec: DemoConversation): RequestStatus {
  if (spec.end === 'closed' || spec.end === 'deleted') return spec.end;
  const teamReplies = spec.messages.filter((message) => message.author === 'team').length;
  const last = spec.messages.at(-1)!;
  if (last.author === 'team') return spec.end === 'answered' ? 'answered' : 'waiting_for_person';
  return teamReplies === 0 ? 'new' : 'waiting_for_us';
}

/**
 * A handful of conversations in every state (new, waiting for us, waiting for the person, answered, closed, deleted by
 * the person) and some saved answers, so the demo inbox, request page and dashboard show what conversations look
 * like. Their keys are thrown away: nobody can open them on the visitor side, as with any key one does not have.
 */
export async function seedDemoConversations(
  db: Db,
  keyring: Keyring,
  caseworker: { id: string; name: string },
  now: Date,
): Promise<number> {
  const teams = new Map((await db.team.findMany()).map((team) => [team.id, team.name]));
  const reads = new Map<string, { wave: string; day: string; count: number }>();
  for (const spec of DEMO_CONVERSATIONS) {
    const at = (hoursAgo: number) => floorToHour(new Date(now.getTime() - hoursAgo * HOUR_MS));
    const [first, ...rest] = spec.messages;
    const { id, reference } = await insertConversation(
      db,
      {
        audience: spec.audience,
        topic: spec.topic,
        wave: spec.wave,
        locale: spec.locale ?? 'nl',
        message: first!.body,
        teamId: spec.teamId,
        canonicalKey: generateConversationKey(),
      },
      keyring,
      at(first!.hoursAgo),
    );
    const label = displayLabel(spec.labelKind ?? 'firstName', {
      staffName: caseworker.name,
      teamName: teams.get(spec.teamId) ?? '',
    });
    await db.$transaction(async (tx) => {
      for (const message of rest) {
        await appendMessage(tx, keyring, {
          requestId: id,
          reference,
          author: message.author,
          body: message.body,
          ...(message.author === 'team' ? { label, authorId: caseworker.id } : {}),
          createdAt: at(message.hoursAgo),
        });
      }
    });
    const status = statusOf(spec);
    const last = spec.messages.at(-1)!;
    const firstAnswer = spec.messages.find((message) => message.author === 'team');
    // The person's oldest message after the team's last answer: since then they wait.
    const lastTeamIndex = spec.messages.findLastIndex((message) => message.author === 'team');
    const oldestUnanswered = spec.messages[lastTeamIndex + 1];
    const waiting = status === 'new' || status === 'waiting_for_us';
    await db.contactRequest.update({
      where: { id },
      data: {
        status,
        notified: true,
        updatedAt: at(last.hoursAgo),
        lastActivityAt: at(last.hoursAgo),
        waitingSince: waiting && oldestUnanswered ? at(oldestUnanswered.hoursAgo) : null,
        firstAnsweredAt: firstAnswer ? at(firstAnswer.hoursAgo) : null,
        answerUnread: last.author === 'team' && !spec.readHoursAgo,
        answerRead: spec.readHoursAgo !== undefined,
        closedAt: status === 'closed' ? at(last.hoursAgo) : null,
        ...(status === 'deleted'
          ? { conversationKeyHash: null, conversationLookup: null, answerUnread: false, waitingSince: null }
          : {}),
      },
    });
    if (status === 'deleted') await db.conversationMessage.deleteMany({ where: { requestId: id } });
    if (spec.readHoursAgo !== undefined) {
      const day = amsterdamDay(at(spec.readHoursAgo));
      const key = `${spec.wave}|${day}`;
      reads.set(key, { wave: spec.wave, day, count: (reads.get(key)?.count ?? 0) + 1 });
    }
  }
  // "Answer read" is a daily aggregate like every other count: the dashboard funnel reads it from there.
  await db.dailyCounter.createMany({
    data: [...reads.values()].map(({ wave, day, count }) => ({
      ...counterKey({ day, wave, metric: 'answer_read' }),
      count,
    })),
  });
  await db.replyTemplate.createMany({
    data: DEMO_TEMPLATES.map((template) => ({ id: randomUUID(), ...template, updatedAt: now })),
  });
  return DEMO_CONVERSATIONS.length;
}
