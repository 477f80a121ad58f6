import { describe, expect, it } from 'vitest';
import { newTotpSecret, totpCodeAt, totpStep, totpUri, verifyTotp } from './totp';

// RFC 6238 appendix B: the SHA-1 secret "12345678901234567890" in base32.
const RFC_SECRET = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';

describe('TOTP (RFC 6238)', () => {
  it('matches the RFC test vectors (last 6 digits)', () => {
    expect(totpCodeAt(RFC_SECRET, new Date(59_000))).toBe('287082');
    expect(totpCodeAt(RFC_SECRET, new Date(1_111_111_109_000))).toBe('081804');
    expect(totpCodeAt(RFC_SECRET, new Date(2_000_000_000_000))).toBe('279037');
  });

  it('accepts the current code and one step either side, nothing further', () => {
    const now = new Date('2026-03-02T09:00:10Z');
    const code = totpCodeAt(RFC_SECRET, now);
    expect(verifyTotp(RFC_SECRET, code, now)).toBe(true);
    expect(verifyTotp(RFC_SECRET, code.replace(/(\d{3})/, '$1 '), now)).toBe(true);
    expect(verifyTotp(RFC_SECRET, code, new Date(now.getTime() + 30_000))).toBe(true);
    expect(verifyTotp(RFC_SECRET, code, new Date(now.getTime() + 90_000))).toBe(false);
    expect(verifyTotp(RFC_SECRET, 'abcdef', now)).toBe(false);
  });

  it('names the 30-second time step a code belongs to, so a used step can be refused', () => {
    const now = new Date('2026-03-02T09:00:10Z');
    const step = Math.floor(now.getTime() / 30_000);
    expect(totpStep(RFC_SECRET, totpCodeAt(RFC_SECRET, now), now)).toBe(step);
    expect(totpStep(RFC_SECRET, totpCodeAt(RFC_SECRET, new Date(now.getTime() - 30_000)), now)).toBe(
      step - 1,
    );
    expect(totpStep(RFC_SECRET, totpCodeAt(RFC_SECRET, new Date(now.getTime() + 30_000)), now)).toBe(
      step + 1,
    );
    expect(totpStep(RFC_SECRET, 'abcdef', now)).toBeNull();
  });

  it('makes 160-bit secrets and an otpauth address for the app', () => {
    const secret = newTotpSecret();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(totpUri(secret, 'a@b.nl')).toMatch(/^otpauth:\/\/totp\/Uitweg:a%40b\.nl\?issuer=Uitweg&secret=/);
  });
});
