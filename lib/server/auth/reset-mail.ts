import 'server-only';
import nodemailer from 'nodemailer';
import { getConfig } from '@/lib/server/config';
import { log } from '@/lib/server/log';

/** The reset link in both languages (the person's language is not known). */
export function resetLinks(token: string): { nl: string; en: string } {
  const site = getConfig().SITE_URL.replace(/\/+$/, '');
  return {
    nl: `${site}/nl/staff/reset?token=${token}`,
    en: `${site}/en/staff/reset?token=${token}`,
  };
}

/**
 * Mails a reset link to the account's own address when SMTP is configured (as team notifications are sent, see
 * `lib/server/contact/notifier.ts`). 'off' without SMTP_URL, 'failed' when the server refused: the admin is then
 * shown the link once instead. The link never reaches a log.
 */
export async function mailResetLink(to: string, token: string): Promise<'sent' | 'failed' | 'off'> {
  const { SMTP_URL, MAIL_FROM } = getConfig();
  if (!SMTP_URL) return 'off';
  const links = resetLinks(token);
  const transport = nodemailer.createTransport(SMTP_URL);
  try {
    await transport.sendMail({
      from: MAIL_FROM,
      to,
      subject: 'Uitweg: kies een nieuw wachtwoord / choose a new password',
      text:
        `Een beheerder heeft je wachtwoord voor Uitweg gereset. Kies binnen 24 uur een nieuw wachtwoord:\n${links.nl}\n\n` +
        `An administrator reset your Uitweg password. Choose a new one within 24 hours:\n${links.en}\n\n` +
        'De link werkt één keer. / The link works once.\n',
    });
    return 'sent';
  } catch (error) {
    // The error code only: SMTP errors quote addresses.
    const code = (error as { code?: unknown } | null)?.code;
    log.warn('staff.reset_mail_failed', { code: typeof code === 'string' ? code : 'UNKNOWN' });
    return 'failed';
  } finally {
    transport.close();
  }
}
