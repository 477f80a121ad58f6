import 'server-only';
import type { ContactFieldErrors } from '@/lib/contact/schema';
import { answerExpectedBy, formatDay } from '@/lib/conversations/person-dates';
import type { VisitorLocale } from '@/lib/i18n/locales';
import { clientAddressFrom } from '@/lib/server/client-address';
import { type FormErrorKey, submitContactRequest } from '@/lib/server/contact/submit';
import { databaseFor } from '@/lib/server/test-faults';
import { attributionOf } from '@/lib/server/waves/attribution';

// The zod schema of this post lives in lib/contact/schema.ts (submitContactRequest parses with it).
export type ContactActionState =
  | { ok: true; reference: string }
  /** A conversation was started: shown in the answer to this post only (never in a URL), then forgotten. */
  | { ok: true; conversation: { key: string; answerBy: string } }
  | {
      ok: false;
      fieldErrors: ContactFieldErrors;
      formError: FormErrorKey | null;
      values: Record<string, string>;
    };

const ECHOED_FIELDS = [
  'audience',
  'topic',
  'message',
  'reach',
  'phone',
  'email',
  'when',
  'mayIdentify',
] as const;

/** Only the person's own answers are sent back (to refill the form); spam-defence fields never are. */
function echo(form: FormData): Record<string, string> {
  return Object.fromEntries(
    ECHOED_FIELDS.map((name) => [name, form.get(name)]).filter(
      (entry): entry is [string, string] => typeof entry[1] === 'string',
    ),
  );
}

/**
 * Sends a contact request posted to the contact document. On success the reference code comes back in the answer to
 * this post (the contact page shows the confirmation), never in a redirect address that a shared phone's history
 * would keep. A refresh of that answer posts the same form again, which is refused as already sent (single-use form
 * token), so nothing is stored twice.
 */
export async function submitContact(
  locale: VisitorLocale,
  form: FormData,
  requestHeaders: Headers,
): Promise<ContactActionState> {
  // The hidden field holds the link code the page passed on; what is stored is the wave and arm it stands for, never
  // anything the visitor could choose.
  const linkCode = form.get('wave');
  const { wave, arm } = await attributionOf(typeof linkCode === 'string' ? linkCode : null);
  form.set('wave', wave);
  form.set('arm', arm);
  form.set('locale', locale);
  const address = clientAddressFrom(requestHeaders);
  const now = new Date();
  const result = await submitContactRequest(databaseFor(requestHeaders), form, address, now);
  if (!result.ok) {
    // A form that was already sent is not filled in again: the request is stored, and a second one would be a copy.
    const values = result.formError === 'alreadySent' ? {} : echo(form);
    return { ok: false, fieldErrors: result.fieldErrors, formError: result.formError, values };
  }
  if (result.conversation) {
    const { key, replyWithinDays } = result.conversation;
    return {
      ok: true,
      conversation: { key, answerBy: formatDay(answerExpectedBy(now, replyWithinDays), locale) },
    };
  }
  return { ok: true, reference: result.reference };
}
