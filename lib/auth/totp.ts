/**
 * Time-based one-time passwords (RFC 6238: SHA-1, 6 digits, 30 seconds), as authenticator apps expect them.
 * A code from the previous or next 30 seconds is accepted too, for phones whose clock is slightly off.
 */
import { Secret, TOTP } from 'otpauth';

const ISSUER = 'Uitweg';
const TOTP_CODE = /^\d{6}$/;

function totpFor(secretBase32: string, label = 'staff'): TOTP {
  return new TOTP({
    issuer: ISSUER,
    label,
    algorithm: 'SHA1',
    digits: 6,
    period: 30,
    secret: Secret.fromBase32(secretBase32),
  });
}

/** A fresh 160-bit secret in base32, the form authenticator apps accept for manual entry. */
export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

/** The `otpauth://` address an authenticator app reads (from a QR code or pasted). */
export function totpUri(secretBase32: string, email: string): string {
  return totpFor(secretBase32, email).toString();
}

/** Spaces and dashes, as people type codes from their app, are ignored. */
export function normaliseTotpCode(code: string): string {
  return code.replace(/[\s-]/g, '');
}

const PERIOD_MS = 30_000;

/**
 * The 30-second time step (counted from 1970) whose code `code` is, within one step of `now`, or null when it is no
 * valid code. A step whose code was accepted once is refused afterwards (see `StaffUser.totpLastStep`).
 */
export function totpStep(secretBase32: string, code: string, now: Date): number | null {
  const token = normaliseTotpCode(code);
  if (!TOTP_CODE.test(token)) return null;
  const delta = totpFor(secretBase32).validate({ token, timestamp: now.getTime(), window: 1 });
  return delta === null ? null : Math.floor(now.getTime() / PERIOD_MS) + delta;
}

export function verifyTotp(secretBase32: string, code: string, now: Date): boolean {
  return totpStep(secretBase32, code, now) !== null;
}

/** The code an app would show at `now` (tests and the enrolment check). */
export function totpCodeAt(secretBase32: string, now: Date): string {
  return totpFor(secretBase32).generate({ timestamp: now.getTime() });
}
