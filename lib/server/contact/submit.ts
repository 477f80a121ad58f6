import 'server-only';
import { type ContactFieldErrors, parseContactForm } from '@/lib/contact/schema';
import { count } from '@/lib/server/counting/counter';
import { startConversation } from '@/lib/server/conversations/start';
import type { Db } from '@/lib/server/db';
import { describeError, log } from '@/lib/server/log';
import { type AbuseVerdict, checkSubmission, giveBack } from './abuse';
import { notifySoon } from './notifier';
import { createContactRequest } from './requests';

export const FORM_ERRORS = [
  'invalid',
  'rejected',
  'formExpired',
  'alreadySent',
  'rateLimited',
  'busy',
  'storeFailed',
] as const;
export type FormErrorKey = (typeof FORM_ERRORS)[number];

export type SubmissionResult =
  | {
      ok: true;
      reference: string;
      /** Only when the person chose to get the answer on the site: the key, shown once, and the team's promise. */
      conversation: { key: string; replyWithinDays: number } | null;
    }
  | { ok: false; fieldErrors: ContactFieldErrors; formError: FormErrorKey };

const REFUSALS: Record<Extract<AbuseVerdict, { ok: false }>['reason'], FormErrorKey> = {
  honeypot: 'rejected',
  'too-fast': 'rejected',
  'form-expired': 'formExpired',
  'already-sent': 'alreadySent',
  'rate-limited': 'rateLimited',
  busy: 'busy',
};

/**
 * Validates, screens and stores one contact request. Every refusal names its reason so the visitor is told what
 * happened and shown the number to call, never silently dropped. When the database fails, the failure is logged
 * without any content and the visitor is told to call instead.
 */
export async function submitContactRequest(
  db: Db,
  form: FormData,
  address: string,
  now = new Date(),
): Promise<SubmissionResult> {
  const parsed = parseContactForm(form);
  if (!parsed.ok) return { ok: false, fieldErrors: parsed.fieldErrors, formError: 'invalid' };
  let verdict: AbuseVerdict | undefined;
  try {
    verdict = await checkSubmission(db, form, address, now);
    if (!verdict.ok) {
      log.info('contact.refused', { reason: verdict.reason });
      return { ok: false, fieldErrors: {}, formError: REFUSALS[verdict.reason] };
    }
    if (parsed.data.reach === 'conversation') {
      // Counted as conversation_start by startConversation; the key goes back to the person and nowhere else.
      const started = await startConversation(db, parsed.data, now);
      log.info('conversation.started', { proofOfWork: verdict.proofOfWork });
      void notifySoon();
      return {
        ok: true,
        reference: started.reference,
        conversation: { key: started.key, replyWithinDays: started.replyWithinDays },
      };
    }
    const reference = await createContactRequest(db, parsed.data, now);
    const { audience, topic, wave, arm } = parsed.data;
    count({ metric: 'request', audience, topic, wave: wave ?? '', arm: arm ?? '' }, now);
    log.info('contact.stored', { proofOfWork: verdict.proofOfWork });
    void notifySoon();
    return { ok: true, reference, conversation: null };
  } catch (error) {
    log.error('contact.store_failed', { error: describeError(error) });
    if (verdict?.ok) {
      const taken = verdict.taken;
      await giveBack(db, taken).catch((failure: unknown) =>
        log.warn('contact.give_back_failed', { error: describeError(failure) }),
      );
    }
    return { ok: false, fieldErrors: {}, formError: 'storeFailed' };
  }
}
