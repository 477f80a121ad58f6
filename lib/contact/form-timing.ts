import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** How long a shown form can still be sent. */
export const FORM_TOKEN_MAX_AGE_MS = 24 * 3_600_000;

const NONCE = /^[A-Za-z0-9_-]{16}$/;

/**
 * The moment the form was rendered, signed so it cannot be forged: a submission sooner than a person can fill in
 * the form is a bot. A random nonce makes every token unique, so a sent form can be recognised when it comes again
 * (see `formTokenHash`). Server-only by nature (node:crypto); the token holds nothing about the visitor.
 */
export function issueFormToken(secret: string, now: Date): string {
  const body = `${now.getTime()}.${randomBytes(12).toString('base64url')}`;
  return `${body}.${sign(secret, body)}`;
}

export type FormTokenCheck =
  { ok: true } | { ok: false; reason: 'missing' | 'forged' | 'too-fast' | 'expired' };

export function checkFormToken(
  secret: string,
  token: unknown,
  now: Date,
  { minMs = 3_000, maxMs = FORM_TOKEN_MAX_AGE_MS } = {},
): FormTokenCheck {
  if (typeof token !== 'string' || token === '') return { ok: false, reason: 'missing' };
  const [issued, nonce, signature, ...rest] = token.split('.');
  if (!issued || !nonce || !signature || rest.length > 0 || !/^\d{1,15}$/.test(issued) || !NONCE.test(nonce))
    return { ok: false, reason: 'forged' };
  const expected = Buffer.from(sign(secret, `${issued}.${nonce}`));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given))
    return { ok: false, reason: 'forged' };
  const elapsed = now.getTime() - Number(issued);
  if (elapsed < minMs) return { ok: false, reason: 'too-fast' };
  if (elapsed > maxMs) return { ok: false, reason: 'expired' };
  return { ok: true };
}

/**
 * What is kept of a sent form: the SHA-256 of its token (which tells nothing without the token), and until when it
 * must be kept: the hour after the token expires, since no stored time is finer than the hour. Only for a token
 * that passed `checkFormToken`.
 */
export function spentFormToken(token: string): { hash: string; keepUntil: Date } {
  const issued = Number(token.split('.')[0]);
  const hourMs = 3_600_000;
  return {
    hash: createHash('sha256').update(`contact-form-token:${token}`).digest('hex'),
    keepUntil: new Date(Math.ceil((issued + FORM_TOKEN_MAX_AGE_MS) / hourMs) * hourMs),
  };
}

function sign(secret: string, body: string): string {
  return createHmac('sha256', secret).update(`contact-form:v2:${body}`).digest('base64url').slice(0, 22);
}
