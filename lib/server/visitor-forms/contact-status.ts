import 'server-only';
import { z } from 'zod';
import { normalizeReferenceCode } from '@/lib/contact/reference-code';
import { clientAddressFrom } from '@/lib/server/client-address';
import type { PublicStatus } from '@/lib/server/contact/requests';
import { lookUpRequestStatus } from '@/lib/server/contact/status-lookup';
import { databaseFor } from '@/lib/server/test-faults';

export type StatusLookupError = 'notFound' | 'rateLimited' | 'unavailable';

/** The same shape for every answer, found or refused; `code` is what to show in the field again. */
export type StatusLookupState =
  | { ok: true; code: string; status: PublicStatus }
  | { ok: false; code: string; fieldErrors: { code?: 'codeRequired' }; formError: StatusLookupError | null };

const lookupSchema = z.object({ code: z.string().trim().min(1, 'codeRequired').max(64, 'notFound') });

const ERRORS = {
  'not-found': 'notFound',
  'rate-limited': 'rateLimited',
  unavailable: 'unavailable',
} as const satisfies Record<string, StatusLookupError>;

/**
 * Looks up a request's status. A post, not a GET form: the reference code must not end up in an address, and so in
 * the history of a shared phone.
 */
export async function lookUpStatus(form: FormData, requestHeaders: Headers): Promise<StatusLookupState> {
  const parsed = lookupSchema.safeParse({ code: form.get('code') ?? '' });
  if (!parsed.success) {
    const tooLong = parsed.error.issues.some((issue) => issue.message === 'notFound');
    return tooLong
      ? { ok: false, code: '', fieldErrors: {}, formError: 'notFound' }
      : { ok: false, code: '', fieldErrors: { code: 'codeRequired' }, formError: null };
  }
  const asked = parsed.data.code;
  const code = normalizeReferenceCode(asked) ?? asked.slice(0, 12);
  const result = await lookUpRequestStatus(
    databaseFor(requestHeaders),
    asked,
    clientAddressFrom(requestHeaders),
  );
  if (result.ok) return { ok: true, code, status: result.status };
  return { ok: false, code, fieldErrors: {}, formError: ERRORS[result.reason] };
}
