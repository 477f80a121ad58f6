import 'server-only';
import { z } from 'zod';
import { MESSAGE_MAX_CODE_POINTS } from '@/lib/contact/options';
import { createChallenge } from '@/lib/contact/proof-of-work';
import type { PowChallenge } from '@/lib/contact/proof-of-work-types';
import { cleanText, codePointLength } from '@/lib/contact/text';
import { parseConversationKey } from '@/lib/conversations/conversation-key';
import { formatDay, retryMoment } from '@/lib/conversations/person-dates';
import {
  CONVERSATION_INTENTS,
  type ConversationFieldErrors,
  type ConversationFormError,
} from '@/lib/conversations/person-form';
import type { VisitorLocale } from '@/lib/i18n/locales';
import { clientAddressFrom } from '@/lib/server/client-address';
import { powSecret } from '@/lib/server/contact/abuse';
import {
  addPersonMessage,
  type ConversationView,
  deleteConversation,
  type LookupFailure,
  openConversation,
} from '@/lib/server/conversations/person';
import { describeError, log } from '@/lib/server/log';
import { databaseFor } from '@/lib/server/test-faults';

/** What the person sees of their conversation: days already written out in their language. */
export interface ShownConversation {
  /** The 16 digits, carried in the hidden fields of the next post (never in a URL). */
  key: string;
  messages: { author: 'person' | 'team'; label: string; body: string; day: string }[];
  answerBy: string | null;
  deleteOn: string;
  newAnswer: boolean;
}

export type ConversationActionState =
  | { ok: true; shown: ShownConversation; notice: 'sent' | null; challenge: PowChallenge }
  | { ok: true; shown: null; notice: 'deleted'; challenge: PowChallenge }
  | {
      ok: false;
      fieldErrors: ConversationFieldErrors;
      formError: ConversationFormError | null;
      /** throttledAt: the Amsterdam clock time from which the next look-up is tried. */
      retryTime: string | null;
      /** Still shown when only the new message was wrong. */
      shown: ShownConversation | null;
      values: { key?: string; message?: string };
      challenge: PowChallenge | null;
    };

// The post of each form on the page: the key (typed, or the hidden field), the proof of work when JavaScript ran,
// and for "write" the message. Errors are message keys from lib/conversations/person-form.ts.
const key = z.unknown().transform((value, ctx) => {
  const text = typeof value === 'string' ? value : '';
  const canonical = parseConversationKey(text);
  if (canonical) return canonical;
  ctx.issues.push({
    code: 'custom',
    message: text.trim() === '' ? 'keyRequired' : 'keyInvalid',
    input: value,
  });
  return z.NEVER;
});
const message = z.unknown().transform((value, ctx) => {
  // Bounded before any clean-up work, as the contact form does.
  const text = typeof value === 'string' ? cleanText(value.slice(0, MESSAGE_MAX_CODE_POINTS * 4)) : '';
  if (text !== '' && codePointLength(text) <= MESSAGE_MAX_CODE_POINTS) return text;
  ctx.issues.push({
    code: 'custom',
    message: text === '' ? 'messageRequired' : 'messageTooLong',
    input: value,
  });
  return z.NEVER;
});
const pow = z.unknown().transform((value) => (typeof value === 'string' ? value.slice(0, 2_000) : ''));
const conversationSchema = z.discriminatedUnion('intent', [
  z.object({ intent: z.literal('open'), key, pow }),
  z.object({ intent: z.literal('write'), key, pow, message }),
  z.object({ intent: z.literal('delete'), key, pow }),
]);

const FIELDS = ['key', 'message'] as const;

function fieldErrorsOf(error: z.ZodError): ConversationFieldErrors {
  const errors: ConversationFieldErrors = {};
  for (const issue of error.issues) {
    const field = FIELDS.find((name) => name === issue.path[0]);
    if (field && !errors[field]) errors[field] = issue.message as ConversationFieldErrors[typeof field];
  }
  return errors;
}

const text = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === 'string' ? value : undefined;
};

function present(view: ConversationView, canonicalKey: string, locale: VisitorLocale): ShownConversation {
  return {
    key: canonicalKey,
    messages: view.messages.map((entry) => ({
      author: entry.author,
      label: entry.label,
      body: entry.body,
      day: formatDay(entry.day, locale),
    })),
    answerBy: view.answerExpectedBy ? formatDay(view.answerExpectedBy, locale) : null,
    deleteOn: formatDay(view.deleteOn, locale),
    newAnswer: view.newAnswer,
  };
}

/**
 * Every post of the conversation page: open it with the key, write again, or delete it. Works as a plain form post
 * without JavaScript; the answer is rendered from the returned state, so the key never needs a URL or a cookie. A
 * wrong, expired or deleted key give the same answer; a refused look-up says when to try again.
 */
export async function conversationAction(
  locale: VisitorLocale,
  form: FormData,
  requestHeaders: Headers,
): Promise<ConversationActionState> {
  // The server's own clock: look-up limits, delays and expiry are never moved by a request header.
  const now = new Date();
  const challenge = createChallenge({ secret: powSecret(), now });
  const intent = CONVERSATION_INTENTS.find((known) => known === form.get('intent')) ?? 'open';
  const typedKey = (text(form, 'key') ?? '').trim().slice(0, 64);
  const failed = (
    formError: ConversationFormError | null,
    fieldErrors: ConversationFieldErrors = {},
    extra: { retryTime?: string; shown?: ShownConversation } = {},
  ): ConversationActionState => ({
    ok: false,
    fieldErrors,
    formError,
    retryTime: extra.retryTime ?? null,
    shown: extra.shown ?? null,
    values: { key: typedKey, message: intent === 'write' ? text(form, 'message') : undefined },
    challenge,
  });
  const lookupFailed = (failure: LookupFailure): ConversationActionState => {
    if (failure.reason === 'not-found') return failed('notFound');
    const moment = retryMoment(failure.retryAt, now);
    return moment.kind === 'soon'
      ? failed('throttledSoon')
      : failed('throttledAt', {}, { retryTime: moment.time });
  };

  const parsed = conversationSchema.safeParse({
    intent,
    key: form.get('key'),
    pow: form.get('pow'),
    message: form.get('message'),
  });
  const errors = parsed.success ? {} : fieldErrorsOf(parsed.error);
  if (errors.key) return failed(null, errors);

  const db = databaseFor(requestHeaders);
  const attempt = {
    key: typedKey,
    address: clientAddressFrom(requestHeaders),
    proofOfWork: text(form, 'pow') ?? null,
  };
  const canonicalKey = parseConversationKey(typedKey) ?? '';
  try {
    if (!parsed.success) {
      // Only the new message was wrong: show the conversation again with the problem next to the box.
      const opened = await openConversation(db, attempt, now);
      if (!opened.ok) return lookupFailed(opened);
      return failed(null, errors, { shown: present(opened.view, canonicalKey, locale) });
    }
    const post = parsed.data;
    if (post.intent === 'delete') {
      const deleted = await deleteConversation(db, attempt, now);
      if (!deleted.ok) return lookupFailed(deleted);
      return { ok: true, shown: null, notice: 'deleted', challenge };
    }
    const result =
      post.intent === 'write'
        ? await addPersonMessage(db, { ...attempt, message: post.message }, now)
        : await openConversation(db, attempt, now);
    if (result.ok) {
      const shown = present(result.view, canonicalKey, locale);
      return { ok: true, shown, notice: post.intent === 'write' ? 'sent' : null, challenge };
    }
    if (result.reason === 'not-found' || result.reason === 'throttled') return lookupFailed(result);
    // The data layer checks the message again; the schema above already refused what it would refuse.
    return failed(null, { message: result.reason });
  } catch (error) {
    // No content and no key in the log: the error of a query never carries either (only hashes and prefixes).
    log.error('conversation.failed', { intent, error: describeError(error) });
    return failed('unavailable');
  }
}
