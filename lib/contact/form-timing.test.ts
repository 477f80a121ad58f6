import { describe, expect, it } from 'vitest';
import { checkFormToken, issueFormToken, spentFormToken } from './form-timing';

const secret = 'x'.repeat(32);
const at = (iso: string) => new Date(iso);

describe('form timing token', () => {
  const token = issueFormToken(secret, at('2026-11-29T10:00:00Z'));

  it('accepts a submission after the minimum fill time', () => {
    expect(checkFormToken(secret, token, at('2026-11-29T10:00:05Z'))).toEqual({ ok: true });
  });

  it('refuses submissions that come too fast, too late, forged or without a token', () => {
    expect(checkFormToken(secret, token, at('2026-11-29T10:00:01Z'))).toEqual({
      ok: false,
      reason: 'too-fast',
    });
    expect(checkFormToken(secret, token, at('2026-11-30T10:00:01Z'))).toEqual({
      ok: false,
      reason: 'expired',
    });
    expect(checkFormToken(secret, token.replace(/^\d+/, '1'), at('2026-11-29T10:00:05Z'))).toMatchObject({
      reason: 'forged',
    });
    expect(checkFormToken('y'.repeat(32), token, at('2026-11-29T10:00:05Z'))).toMatchObject({
      reason: 'forged',
    });
    expect(checkFormToken(secret, undefined, at('2026-11-29T10:00:05Z'))).toMatchObject({
      reason: 'missing',
    });
    expect(checkFormToken(secret, 'garbage', at('2026-11-29T10:00:05Z'))).toMatchObject({ reason: 'forged' });
  });

  it('issues a different token every time, even within one millisecond', () => {
    const at = new Date('2026-11-29T10:00:00Z');
    const tokens = new Set(Array.from({ length: 100 }, () => issueFormToken(secret, at)));
    expect(tokens.size).toBe(100);
    for (const each of tokens)
      expect(checkFormToken(secret, each, new Date('2026-11-29T10:00:05Z'))).toEqual({ ok: true });
  });

  it('refuses a token whose nonce was changed or that has extra parts', () => {
    const [issued, nonce, signature] = token.split('.');
    const later = at('2026-11-29T10:00:05Z');
    expect(
      checkFormToken(secret, `${issued}.${'A'.repeat(nonce?.length ?? 16)}.${signature}`, later),
    ).toMatchObject({
      reason: 'forged',
    });
    expect(checkFormToken(secret, `${token}.x`, later)).toMatchObject({ reason: 'forged' });
    expect(checkFormToken(secret, `${issued}.${signature}`, later)).toMatchObject({ reason: 'forged' });
  });

  it('keeps of a sent form only a hash, until the hour after the token would expire', () => {
    const spent = spentFormToken(token);
    expect(spent.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(spent.hash).not.toContain(token.split('.')[0]);
    expect(spent.keepUntil).toEqual(new Date('2026-11-30T10:00:00Z'));
    expect(spentFormToken(issueFormToken(secret, at('2026-11-29T10:00:00.001Z'))).keepUntil).toEqual(
      new Date('2026-11-30T11:00:00Z'),
    );
    expect(spentFormToken(issueFormToken(secret, at('2026-11-29T10:00:00Z'))).hash).not.toBe(spent.hash);
  });
});
