import { describe, expect, it } from 'vitest';
import { encryptField, parseKeyring } from '@/lib/contact/crypto';
import { openPendingSecret, sealPendingSecret } from './totp-secret';

const keyring = parseKeyring('k1:B+doiqVrYxOs79d3rslUt/mWTIDkxr30+9BPHv5d/og=');
const SECRET = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';
const issued = new Date('2026-03-02T09:00:00Z');
const later = (minutes: number) => new Date(issued.getTime() + minutes * 60_000);

describe('the pending second-factor secret (hidden form field)', () => {
  it('opens for its own person within 10 minutes of being issued', () => {
    const sealed = sealPendingSecret(keyring, 'user-1', SECRET, issued);
    expect(openPendingSecret(keyring, 'user-1', sealed, later(9.9))).toBe(SECRET);
    expect(openPendingSecret(keyring, 'user-2', sealed, later(1))).toBeNull();
  });

  it('expires after 10 minutes', () => {
    const sealed = sealPendingSecret(keyring, 'user-1', SECRET, issued);
    expect(openPendingSecret(keyring, 'user-1', sealed, later(10.1))).toBeNull();
    expect(openPendingSecret(keyring, 'user-1', sealed, later(60 * 24))).toBeNull();
  });

  it('refuses a sealed secret without an issue time (as sealed before this rule)', () => {
    const field = encryptField(keyring, SECRET, 'user-1:totp-pending');
    expect(openPendingSecret(keyring, 'user-1', `${field.keyId}:${field.ciphertext}`, issued)).toBeNull();
  });
});
