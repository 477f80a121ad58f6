'use server';

import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import type { ContactFieldErrors } from '@/lib/contact/schema';
import { answerExpectedBy, formatDay } from '@/lib/conversations/person-dates';
import { localizedPath } from '@/lib/i18n/localized-path';
import type { Locale } from '@/lib/i18n/routing';
import { clientAddressFrom } from '@/lib/server/client-address';
import { type FormErrorKey, submitContactRequest } from '@/lib/server/contact/submit';
import { databaseFor } from '@/lib/server/test-faults';
import { findWaveByCode } from '@/lib/server/waves/wave-directory';

// The zod schema for this action lives in lib/contact/schema.ts, shared with the form's validation as you type.
export type ContactActionState =
  | { ok: true }
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

export async function submitContact(
  locale: Locale,
  _previous: ContactActionState,
  form: FormData,
): Promise<ContactActionState> {
  const wave = form.get('wave');
  if (typeof wave === 'string' && wave !== '' && !(await findWaveByCode(wave))) form.set('wave', '');
  const requestHeaders = await headers();
  const address = clientAddressFrom(requestHeaders);
  const now = new Date();
  const result = await submitContactRequest(databaseFor(requestHeaders), form, address, now);
  if (!result.ok)
    return { ok: false, fieldErrors: result.fieldErrors, formError: result.formError, values: echo(form) };
  if (result.conversation) {
    // No redirect: a redirect would have to carry the key in its URL, into the history and any log on the way.
    const { key, replyWithinDays } = result.conversation;
    return {
      ok: true,
      conversation: { key, answerBy: formatDay(answerExpectedBy(now, replyWithinDays), locale) },
    };
  }
  // Post/redirect/get: a refresh does not send the request twice, and it works without JavaScript.
  redirect(localizedPath({ pathname: '/contact/confirmation', query: { code: result.reference } }, locale));
  return { ok: true };
}
