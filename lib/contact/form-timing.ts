import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The moment the form was rendered, signed so it cannot be forged: a submission sooner than a person can fill in
 * the form is a bot. Server-only by nature (node:crypto); the token holds nothing about the visitor.
 */
export function issueFormToken(secret: string, now: Date): string {
  const issued = String(now.getTime());
  return `${issued}.${sign(secret, issued)}`;
}

export type FormTokenCheck =
  { ok: true } | { ok: false; reason: 'missing' | 'forged' | 'too-fast' | 'expired' };

export function checkFormToken(
  secret: string,
  token: unknown,
  now: Date,
  { minMs = 3_000, maxMs = 24 * 3_600_000 } = {},
): FormTokenCheck {
  if (typeof token !== 'string' || token === '') return { ok: false, reason: 'missing' };
  const [issued, signature] = token.split('.');
  if (!issued || !signature || !/^\d{1,15}$/.test(issued)) return { ok: false, reason: 'forged' };
  const expected = Buffer.from(sign(secret, issued));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given))
    return { ok: false, reason: 'forged' };
  const elapsed = now.getTime() - Number(issued);
  if (elapsed < minMs) return { ok: false, reason: 'too-fast' };
  if (elapsed > maxMs) return { ok: false, reason: 'expired' };
  return { ok: true };
}

function sign(secret: string, issued: string): string {
  return createHmac('sha256', secret).update(`contact-form:${issued}`).digest('base64url').slice(0, 22);
}
