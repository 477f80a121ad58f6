import { describe, expect, it } from 'vitest';
import { checkFormToken, issueFormToken } from './form-timing';

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
});
