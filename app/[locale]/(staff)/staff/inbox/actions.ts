'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { canReadRequests } from '@/lib/auth/permissions';
import { REQUEST_ACTIONS } from '@/lib/auth/request-status';
import { type FormState, formError } from '@/lib/staff/form-state';
import { getKeyring } from '@/lib/server/auth/totp-secret';
import { getDb } from '@/lib/server/db';
import { authorizeForm } from '@/lib/server/staff/authorize-form';
import { addRequestNote, changeRequestStatus, reassignRequest } from '@/lib/server/staff/request-updates';

const requestId = z.string().min(1, 'notFound').max(64, 'notFound');

const statusSchema = z.object({ id: requestId, op: z.enum(REQUEST_ACTIONS, 'unknown') });

/** Pick up, mark answered, close or reopen a request of one of my teams. */
export async function changeStatus(_previous: FormState, formData: FormData): Promise<FormState> {
  const form = await authorizeForm(formData, canReadRequests, statusSchema, { hiddenFieldsOnly: true });
  if (!form.ok) return form.state;
  const { session, data, locale } = form;
  const result = await changeRequestStatus(getDb(), session, data.id, data.op, new Date());
  if (!result.ok) return formError(result.reason);
  revalidatePath(`/${locale}/staff/inbox`, 'layout');
  return { ok: true };
}

const noteSchema = z.object({
  id: requestId,
  body: z.string().trim().min(1, 'noteRequired').max(4000, 'noteTooLong'),
});

export async function addNote(_previous: FormState, formData: FormData): Promise<FormState> {
  const form = await authorizeForm(formData, canReadRequests, noteSchema);
  if (!form.ok) return form.state;
  const { session, data, locale } = form;
  const result = await addRequestNote(getDb(), session, data.id, data.body, getKeyring(), new Date());
  if (!result.ok) return formError(result.reason);
  revalidatePath(`/${locale}/staff/inbox`, 'layout');
  return { ok: true };
}

const reassignSchema = z.object({
  id: requestId,
  teamId: z.string().min(1, 'teamRequired').max(64, 'invalidTeam'),
});

export async function reassign(_previous: FormState, formData: FormData): Promise<FormState> {
  const form = await authorizeForm(formData, canReadRequests, reassignSchema);
  if (!form.ok) return form.state;
  const { session, data, locale } = form;
  const result = await reassignRequest(getDb(), session, data.id, data.teamId, new Date());
  if (!result.ok) {
    return result.reason === 'invalidTeam'
      ? { ok: false, fieldErrors: { teamId: 'invalidTeam' }, formError: null }
      : formError(result.reason);
  }
  revalidatePath(`/${locale}/staff/inbox`, 'layout');
  if (!session.teamIds.includes(data.teamId)) redirect(`/${locale}/staff/inbox?reassigned=1`);
  return { ok: true };
}
