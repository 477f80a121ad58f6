'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { type FormState, fieldErrorsOf, formValues } from '@/lib/staff/form-state';
import { recordAudit } from '@/lib/server/audit';
import { currentClientAddress } from '@/lib/server/auth/client-address';
import { readSessionToken, setSessionCookie } from '@/lib/server/auth/cookies';
import { attemptLogin } from '@/lib/server/auth/login';
import { configuredLimits, createSession, deleteSession, sessionIdFor } from '@/lib/server/auth/sessions';
import { getKeyring } from '@/lib/server/auth/totp-secret';
import { getConfig } from '@/lib/server/config';
import { getDb } from '@/lib/server/db';

const loginSchema = z.object({
  locale: z.enum(['nl', 'en']).catch('nl'),
  email: z.string().trim().min(1, 'emailRequired').max(254, 'emailInvalid').email('emailInvalid'),
  // Not trimmed: spaces are part of a password. Bounded so a huge body cannot make hashing expensive.
  password: z.string().min(1, 'passwordRequired').max(1024, 'invalid'),
  code: z.string().max(20, 'codeInvalid').default(''),
});

/** Signs a staff member in. The state it returns carries the e-mail address at most, never the password. */
export async function login(_previous: FormState, formData: FormData): Promise<FormState> {
  const raw = formValues(formData);
  const parsed = loginSchema.safeParse(raw);
  const safeValues = { email: (raw.email ?? '').slice(0, 254) };
  if (!parsed.success) {
    return {
      ok: false,
      fieldErrors: fieldErrorsOf(parsed.error.issues),
      formError: null,
      values: safeValues,
    };
  }
  const { locale, email, password, code } = parsed.data;
  const db = getDb();
  const now = new Date();
  const result = await attemptLogin(
    db,
    { email, password, code },
    { now, address: await currentClientAddress(), secret: getConfig().APP_SECRET, keyring: getKeyring() },
  );
  if (!result.ok) {
    if (result.reason === 'codeRequired' || result.reason === 'codeInvalid') {
      return { ok: false, fieldErrors: { code: result.reason }, formError: null, values: safeValues };
    }
    return { ok: false, fieldErrors: {}, formError: result.reason, values: safeValues };
  }
  // Rotation: whatever session this browser had before is ended; the new one gets a fresh random id.
  const previous = await readSessionToken();
  if (previous) await deleteSession(db, sessionIdFor(previous));
  const token = await createSession(db, result.userId, now, configuredLimits());
  await setSessionCookie(token);
  await recordAudit({ actorId: result.userId, action: 'staff.login' }, now);
  redirect(`/${locale}/staff`);
}
