import 'server-only';
import {
  decryptField,
  encryptField,
  type Keyring,
  openField,
  parseKeyring,
  sealField,
} from '@/lib/contact/crypto';
import { getConfig } from '@/lib/server/config';

/**
 * StaffUser.totpSecret holds `keyId:ciphertext`: the base32 secret sealed with the TOTP key derived from the
 * request key ring, AAD `${userId}:totp` (so a secret copied onto another account does not decrypt).
 */
export function sealTotpSecret(keyring: Keyring, userId: string, secret: string): string {
  const field = sealField(keyring, 'totp', secret, `${userId}:totp`);
  return `${field.keyId}:${field.ciphertext}`;
}

export function openTotpSecret(keyring: Keyring, userId: string, stored: string): string {
  const colon = stored.indexOf(':');
  if (colon < 1) throw new Error('Stored TOTP secret is malformed');
  return openField(
    keyring,
    'totp',
    { keyId: stored.slice(0, colon), ciphertext: stored.slice(colon + 1) },
    `${userId}:totp`,
  );
}

/** A secret being set up travels in a hidden form field, sealed for this person and this purpose. */
export function sealPendingSecret(keyring: Keyring, userId: string, secret: string): string {
  const field = encryptField(keyring, secret, `${userId}:totp-pending`);
  return `${field.keyId}:${field.ciphertext}`;
}

export function openPendingSecret(keyring: Keyring, userId: string, sealed: string): string | null {
  const colon = sealed.indexOf(':');
  if (colon < 1) return null;
  try {
    return decryptField(
      keyring,
      { keyId: sealed.slice(0, colon), ciphertext: sealed.slice(colon + 1) },
      `${userId}:totp-pending`,
    );
  } catch {
    return null;
  }
}

let cached: { spec: string; keyring: Keyring } | undefined;

export function getKeyring(): Keyring {
  const spec = getConfig().ENCRYPTION_KEYS;
  if (cached?.spec !== spec) cached = { spec, keyring: parseKeyring(spec) };
  return cached.keyring;
}
