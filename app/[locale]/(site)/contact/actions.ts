'use server';

import { headers } from 'next/headers';
import type { ContactFieldErrors } from '@/lib/contact/schema';
import { clientAddressFrom } from '@/lib/server/client-address';
import { type FormErrorKey, submitContactRequest } from '@/lib/server/contact/submit';
import { databaseFor } from '@/lib/server/test-faults';
import { findWaveByCode } from '@/lib/server/waves/wave-directory';

// The zod schema for this action lives in lib/contact/schema.ts, shared with the form's validation as you type.
export type ContactActionState =
  | { ok: true; reference: string }
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
 * Sends a contact request. On success the reference code comes back in the answer to this post (the contact page
 * shows the confirmation), never in a redirect address that a shared phone's history would keep. A refresh of that
 * answer posts the same form again, which is refused as already sent (single-use form token), so nothing is stored
 * twice.
 */
export async function submitContact(
  _previous: ContactActionState,
  form: FormData,
): Promise<ContactActionState> {
  const wave = form.get('wave');
  if (typeof wave === 'string' && wave !== '' && !(await findWaveByCode(wave))) form.set('wave', '');
  const requestHeaders = await headers();
  const address = clientAddressFrom(requestHeaders);
  const result = await submitContactRequest(databaseFor(requestHeaders), form, address);
  if (result.ok) return { ok: true, reference: result.reference };
  // A form that was already sent is not filled in again: the request is stored, and a second one would be a copy.
  const values = result.formError === 'alreadySent' ? {} : echo(form);
  return { ok: false, fieldErrors: result.fieldErrors, formError: result.formError, values };
}
