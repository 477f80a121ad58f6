import 'server-only';
import { decryptField, encryptField, type Keyring, parseKeyring } from '@/lib/contact/crypto';
import { getConfig } from '@/lib/server/config';

/**
 * StaffUser.totpSecret holds `keyId:ciphertext`: the base32 secret encrypted with the request key ring, AAD
 * `${userId}:totp` (so a secret copied onto another account does not decrypt).
 */
export function sealTotpSecret(keyring: Keyring, userId: string, secret: string): string {
  const field = encryptField(keyring, secret, `${userId}:totp`);
  return `${field.keyId}:${field.ciphertext}`;
}

export function openTotpSecret(keyring: Keyring, userId: string, stored: string): string {
  const colon = stored.indexOf(':');
  if (colon < 1) throw new Error('Stored TOTP secret is malformed');
  return decryptField(
    keyring,
    { keyId: stored.slice(0, colon), ciphertext: stored.slice(colon + 1) },
    `${userId}:totp`,
  );
}

/** How long a secret being set up stays usable: a copied form (or page) is worthless after this. */
export const PENDING_SECRET_TTL_MS = 10 * 60_000;
const PENDING_VALUE = /^(\d{1,15}):([A-Z2-7]+)$/;

/**
 * A secret being set up travels in a hidden form field, sealed for this person and this purpose, with the time it
 * was issued inside the sealed value (`issuedMs:secret`).
 */
export function sealPendingSecret(
  keyring: Keyring,
  userId: string,
  secret: string,
  issuedAt = new Date(),
): string {
  const field = encryptField(keyring, `${issuedAt.getTime()}:${secret}`, `${userId}:totp-pending`);
  return `${field.keyId}:${field.ciphertext}`;
}

/** The secret, or null when the value is not this person's, was tampered with, or is older than 10 minutes. */
export function openPendingSecret(
  keyring: Keyring,
  userId: string,
  sealed: string,
  now = new Date(),
): string | null {
  const colon = sealed.indexOf(':');
  if (colon < 1) return null;
  let value: string;
  try {
    value = decryptField(
      keyring,
      { keyId: sealed.slice(0, colon), ciphertext: sealed.slice(colon + 1) },
      `${userId}:totp-pending`,
    );
  } catch {
    return null;
  }
  const match = PENDING_VALUE.exec(value);
  if (!match) return null;
  const age = now.getTime() - Number(match[1]);
  // A little slack for instances whose clocks differ slightly.
  return age >= -60_000 && age <= PENDING_SECRET_TTL_MS ? (match[2] ?? null) : null;
}

let cached: { spec: string; keyring: Keyring } | undefined;

export function getKeyring(): Keyring {
  const spec = getConfig().ENCRYPTION_KEYS;
  if (cached?.spec !== spec) cached = { spec, keyring: parseKeyring(spec) };
  return cached.keyring;
}
