'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { canReadRequests } from '@/lib/auth/permissions';
import { REPLY_OUTCOMES } from '@/lib/auth/request-status';
import { LABEL_KINDS } from '@/lib/conversations/display-label';
import { withTemplate } from '@/lib/conversations/insert-template';
import { REPLY_MAX_CODE_POINTS } from '@/lib/conversations/reply-check';
import { type FormState, formError } from '@/lib/staff/form-state';
import { getKeyring } from '@/lib/server/contact/keyring';
import { templateTextForReply } from '@/lib/server/conversations/reply-template';
import { addTeamReply } from '@/lib/server/conversations/team';
import { getDb } from '@/lib/server/db';
import { authorizeForm } from '@/lib/server/staff/authorize-form';

// The reply box keeps what was typed after every round trip (a refused reply, an inserted template): it is the case
// worker's own text, never the person's, so it may travel back in the form state.
const safeValues = (raw: Record<string, string>) => ({
  body: (raw.body ?? '').slice(0, REPLY_MAX_CODE_POINTS * 4),
  labelKind: raw.labelKind ?? '',
  outcome: raw.outcome ?? '',
});

const replySchema = z.object({
  id: z.string().min(1, 'notFound').max(64, 'notFound'),
  intent: z.enum(['send', 'template']).catch('send'),
  // A coarse bound on what is read at all; the exact limit (in characters) is checked with the rest of the reply.
  body: z
    .string()
    .max(REPLY_MAX_CODE_POINTS * 4, 'replyTooLong')
    .default(''),
  labelKind: z.enum(LABEL_KINDS, 'labelKindRequired'),
  outcome: z.enum(REPLY_OUTCOMES, 'outcomeRequired'),
  template: z.string().max(64, 'templateRequired').default(''),
});

/**
 * One form, two buttons: "use" inserts the chosen saved answer into the reply box (the form comes back with the text
 * filled in, with or without JavaScript), "send" sends the reply under the label the case worker picked.
 */
export async function replyToConversation(_previous: FormState, formData: FormData): Promise<FormState> {
  const form = await authorizeForm(formData, canReadRequests, replySchema, { safeValues });
  if (!form.ok) return form.state;
  const { session, data, raw, locale } = form;
  const db = getDb();
  if (data.intent === 'template') {
    if (data.template === '')
      return {
        ok: false,
        fieldErrors: { template: 'templateRequired' },
        formError: null,
        values: safeValues(raw),
      };
    const text = await templateTextForReply(db, session, data.id, data.template);
    if (text === null) return formError('notFound');
    return {
      ok: false,
      fieldErrors: {},
      formError: null,
      values: { ...safeValues(raw), body: withTemplate(data.body, text) },
    };
  }
  const result = await addTeamReply(
    db,
    session,
    { requestId: data.id, body: data.body, labelKind: data.labelKind, outcome: data.outcome },
    getKeyring(),
    new Date(),
  );
  if (!result.ok) {
    if (result.reason === 'invalid')
      return { ok: false, fieldErrors: { body: result.problem }, formError: null, values: safeValues(raw) };
    return formError(result.reason, safeValues(raw));
  }
  revalidatePath(`/${locale}/staff/inbox`, 'layout');
  return { ok: true };
}
