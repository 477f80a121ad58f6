import 'server-only';
import nodemailer from 'nodemailer';
import { getConfig } from '@/lib/server/config';
import { getDb } from '@/lib/server/db';
import { describeError, log } from '@/lib/server/log';

/**
 * Tells each team that new messages are waiting (a new request, or a person writing again in a conversation): one
 * e-mail per team with a link to the inbox and nothing else (no content, no topic, no contact details). A request is stored before any of this runs; a failing mail server only
 * delays the e-mail, which is retried every NOTIFY_INTERVAL_SECONDS until it goes through.
 */
export async function notifyTeams(): Promise<{ sent: number; failed: number }> {
  const { SMTP_URL, MAIL_FROM, SITE_URL } = getConfig();
  if (!SMTP_URL) return { sent: 0, failed: 0 };
  const db = getDb();
  const pending = await db.contactRequest.findMany({
    where: { notified: false },
    select: { id: true, teamId: true },
  });
  if (pending.length === 0) return { sent: 0, failed: 0 };
  const transport = nodemailer.createTransport(SMTP_URL);
  const teams = await db.team.findMany({
    where: { id: { in: [...new Set(pending.map((row) => row.teamId))] } },
  });
  let sent = 0;
  let failed = 0;
  for (const team of teams) {
    const ids = pending.filter((row) => row.teamId === team.id).map((row) => row.id);
    // Claim first, so two instances do not both mail; give the claim back when sending fails.
    const claimed = await db.contactRequest.updateMany({
      where: { id: { in: ids }, notified: false },
      data: { notified: true },
    });
    if (claimed.count === 0 || !team.email) continue;
    try {
      await transport.sendMail({
        from: MAIL_FROM,
        to: team.email,
        // The same words for a new request and for a person who wrote again in a conversation: which one it is, or
        // what it says, is for the inbox behind the sign-in.
        subject: 'Uitweg: er wacht een nieuw bericht / a new message is waiting',
        text:
          `Er wacht een nieuw bericht in Uitweg. Open de inbox: ${SITE_URL}/nl/staff/inbox\n\n` +
          `A new message is waiting in Uitweg. Open the inbox: ${SITE_URL}/en/staff/inbox\n`,
      });
      sent += 1;
    } catch (error) {
      failed += 1;
      await db.contactRequest.updateMany({ where: { id: { in: ids } }, data: { notified: false } });
      // The error code only: SMTP errors quote server addresses and recipients, which do not belong in logs.
      log.warn('contact.notify_failed', { team: team.id, code: errorCode(error) });
    }
  }
  transport.close();
  return { sent, failed };
}

function errorCode(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : 'UNKNOWN';
}

let running = false;

/** Runs notifyTeams now, unless a run is already going on in this process. Never throws. */
export async function notifySoon(): Promise<void> {
  if (running) return;
  running = true;
  try {
    await notifyTeams();
  } catch (error) {
    log.warn('contact.notify_failed', {
      code: errorCode(error),
      error: describeError(error).split(':')[0] ?? '',
    });
  } finally {
    running = false;
  }
}
