// The contact form's single source of truth, used by the server action and by client-side validation.
// Errors are message KEYS, localised by the UI (next-intl), never prose.
import { z } from 'zod';

import {
  AUDIENCES,
  CONTACT_ERROR_KEYS,
  CONTACT_FIELDS,
  type ContactErrorKey,
  type ContactField,
  EMAIL_MAX_LENGTH,
  MESSAGE_MAX_CODE_POINTS,
  PHONE_REACHES,
  type PhoneReach,
  REACHES,
  TOPICS,
  WHEN_PRESETS,
} from './options';
import { isVisitorLocale } from '@/lib/i18n/locales';
import { normalizePhone } from './phone';
import { cleanText, codePointLength } from './text';

export * from './options';

// Bound on the raw string before any clean-up work; generous enough for 2000 astral code points plus
// stripped control characters, small enough that a forged megabyte is rejected cheaply.
const MESSAGE_MAX_RAW_UNITS = 20_000;

const isPhoneReach = (reach: unknown): reach is PhoneReach => PHONE_REACHES.some((r) => r === reach);

const blankToUndefined = (value: string): string | undefined => {
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
};

// Radio groups: absent or empty means nothing was chosen; anything else not on the list is forged.
const choice = <const T extends readonly [string, ...string[]]>(
  values: T,
  required: ContactErrorKey,
  invalid: ContactErrorKey,
) =>
  z.enum(values, {
    error: (issue) => (issue.input === undefined || issue.input === '' ? required : invalid),
  });

const message = z
  .string({ error: 'messageInvalid' })
  .max(MESSAGE_MAX_RAW_UNITS, { error: 'messageTooLong' })
  .optional()
  .transform((value) => (value === undefined ? undefined : blankToUndefined(cleanText(value))))
  .refine((value) => value === undefined || codePointLength(value) <= MESSAGE_MAX_CODE_POINTS, {
    error: 'messageTooLong',
  });

// Phone and e-mail are only validated for the chosen reach (see the refinements below): a number typed
// and then abandoned for "e-mail" must not block the form.
const contactDetail = z
  .unknown()
  .transform((value) => (typeof value === 'string' ? blankToUndefined(value) : value));

const emailFormat = z.email().max(EMAIL_MAX_LENGTH);

const WINDOW = /^([01]\d|2[0-3]):([0-5]\d)-([01]\d|2[0-3]):([0-5]\d)$/;
function isValidWhen(value: string): boolean {
  if (WHEN_PRESETS.some((preset) => preset === value)) return true;
  const match = WINDOW.exec(value);
  if (!match) return false;
  const [, startH, startM, endH, endM] = match;
  return Number(startH) * 60 + Number(startM) < Number(endH) * 60 + Number(endM);
}
const when = z
  .string({ error: 'whenInvalid' })
  .optional()
  .transform((value) => (value === undefined ? undefined : blankToUndefined(value)))
  .refine((value) => value === undefined || isValidWhen(value), { error: 'whenInvalid' });

// The checkbox posts value="yes" when ticked and nothing otherwise.
const mayIdentify = z
  .enum(['yes', ''], { error: 'mayIdentifyInvalid' })
  .optional()
  .transform((value) => value === 'yes');

// The campaign wave comes from the SMS link, not from the visitor, who could not fix it; a mangled code
// is dropped instead of blocking the request.
const WAVE = /^[a-z0-9-]{3,32}$/;
const wave = z.unknown().transform((value) => {
  const code = typeof value === 'string' ? value.trim().toLowerCase() : '';
  return WAVE.test(code) ? code : undefined;
});
// Set by the server from the wave link code (see submitContact), like the wave itself.
const arm = wave;
// Set by the server from the page the form was posted to, so the case worker knows which language to answer in.
const locale = z.unknown().transform((value) => (isVisitorLocale(value) ? value : undefined));

const fields = z.object({
  audience: choice(AUDIENCES, 'audienceRequired', 'audienceInvalid'),
  topic: choice(TOPICS, 'topicRequired', 'topicInvalid'),
  message,
  reach: choice(REACHES, 'reachRequired', 'reachInvalid'),
  phone: contactDetail,
  email: contactDetail,
  when,
  mayIdentify,
  wave,
  arm,
  locale,
});

// `when: () => true` runs these cross-field rules even when other fields failed, so the visitor sees every
// problem in one round trip. Other fields may then still hold raw input, which is why the predicates only
// compare against literals and check types themselves.
const always = (): boolean => true;
const checked = fields
  .refine((v) => !(v.reach === 'none' && v.message === undefined), {
    path: ['message'],
    error: 'messageRequiredWhenNoReach',
    when: always,
  })
  .refine((v) => !(v.reach === 'conversation' && v.message === undefined), {
    path: ['message'],
    error: 'messageRequiredForConversation',
    when: always,
  })
  .refine((v) => !(isPhoneReach(v.reach) && v.phone === undefined), {
    path: ['phone'],
    error: 'phoneRequired',
    when: always,
  })
  .refine(
    (v) =>
      !(
        isPhoneReach(v.reach) &&
        v.phone !== undefined &&
        !(typeof v.phone === 'string' && normalizePhone(v.phone).ok)
      ),
    { path: ['phone'], error: 'phoneInvalid', when: always },
  )
  .refine((v) => !(v.reach === 'email' && v.email === undefined), {
    path: ['email'],
    error: 'emailRequired',
    when: always,
  })
  .refine((v) => !(v.reach === 'email' && v.email !== undefined && !emailFormat.safeParse(v.email).success), {
    path: ['email'],
    error: 'emailInvalid',
    when: always,
  });

type ContactBase = Omit<z.output<typeof fields>, 'reach' | 'phone' | 'email'>;
type ContactReach =
  | { reach: 'none' }
  | { reach: 'conversation' }
  | { reach: PhoneReach; /** E.164 */ phone: string }
  | { reach: 'email'; email: string };

export const contactSchema = checked.transform((v, ctx): ContactBase & ContactReach => {
  const base: ContactBase = {
    audience: v.audience,
    topic: v.topic,
    message: v.message,
    when: v.when,
    mayIdentify: v.mayIdentify,
    wave: v.wave,
    arm: v.arm,
    locale: v.locale,
  };
  // Only the detail for the chosen reach is kept: data we do not need is data we cannot leak.
  if (v.reach === 'email' && typeof v.email === 'string') return { ...base, reach: 'email', email: v.email };
  if (isPhoneReach(v.reach)) {
    const phone = typeof v.phone === 'string' ? normalizePhone(v.phone) : { ok: false as const };
    if (phone.ok) return { ...base, reach: v.reach, phone: phone.e164 };
  } else if (v.reach === 'none' || v.reach === 'conversation') {
    return { ...base, reach: v.reach };
  }
  // Unreachable after the refinements; keeps the output type honest without a cast.
  ctx.issues.push({ code: 'custom', message: 'reachInvalid', path: ['reach'], input: v.reach });
  return z.NEVER;
});

export type ContactInput = z.output<typeof contactSchema>;
export type ContactFieldErrors = Partial<Record<ContactField, ContactErrorKey>>;
export type ContactParseResult =
  { ok: true; data: ContactInput } | { ok: false; fieldErrors: ContactFieldErrors };

const isField = (key: unknown): key is ContactField => CONTACT_FIELDS.some((field) => field === key);
const isErrorKey = (key: string): key is ContactErrorKey => CONTACT_ERROR_KEYS.some((known) => known === key);

function pickFields(input: FormData | Readonly<Record<string, unknown>>): Record<ContactField, unknown> {
  const picked: Partial<Record<ContactField, unknown>> = {};
  for (const name of CONTACT_FIELDS) {
    if (typeof FormData !== 'undefined' && input instanceof FormData) {
      // A File (forged multipart part) is passed on as-is and fails the field's string check.
      picked[name] = input.get(name) ?? undefined;
    } else if (typeof input === 'object' && input !== null && Object.hasOwn(input, name)) {
      // Own properties only: never read `toString` & co. off a prototype.
      picked[name] = (input as Readonly<Record<string, unknown>>)[name];
    }
  }
  return picked as Record<ContactField, unknown>;
}

/**
 * Validates a submitted form. Never throws: unknown fields are ignored, forged values become field
 * errors, and every error is a key from CONTACT_ERROR_KEYS (first problem per field).
 */
export function parseContactForm(input: FormData | Readonly<Record<string, unknown>>): ContactParseResult {
  const result = contactSchema.safeParse(pickFields(input));
  if (result.success) return { ok: true, data: result.data };

  const fieldErrors: ContactFieldErrors = {};
  for (const issue of result.error.issues) {
    const field = issue.path[0];
    if (!isField(field) || fieldErrors[field] !== undefined) continue;
    const key = isErrorKey(issue.message) ? issue.message : FALLBACK_ERROR[field];
    if (key !== undefined) fieldErrors[field] = key;
  }
  return { ok: false, fieldErrors };
}

// Only reached if a zod default message slipped through; keeps the "keys only" promise regardless.
const FALLBACK_ERROR: Partial<Record<ContactField, ContactErrorKey>> = {
  audience: 'audienceInvalid',
  topic: 'topicInvalid',
  message: 'messageInvalid',
  reach: 'reachInvalid',
  phone: 'phoneInvalid',
  email: 'emailInvalid',
  when: 'whenInvalid',
  mayIdentify: 'mayIdentifyInvalid',
};
