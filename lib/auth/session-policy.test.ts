import { describe, expect, it } from 'vitest';
import { absoluteExpiry, sessionLimits, sessionStatus, shouldTouch } from './session-policy';

const limits = sessionLimits(30, 12);
const signIn = new Date('2026-03-02T09:00:00Z');
const session = (lastSeen: Date) => ({
  createdAt: signIn,
  lastSeenAt: lastSeen,
  expiresAt: absoluteExpiry(signIn, limits),
});
const at = (iso: string) => new Date(iso);

describe('staff session timeouts', () => {
  it('is active until 30 idle minutes have passed', () => {
    expect(sessionStatus(session(signIn), at('2026-03-02T09:29:59Z'), limits)).toBe('active');
    expect(sessionStatus(session(signIn), at('2026-03-02T09:30:00Z'), limits)).toBe('idle');
  });

  it('ends 12 hours after sign-in however active the person is', () => {
    const busy = session(at('2026-03-02T20:59:00Z'));
    expect(sessionStatus(busy, at('2026-03-02T20:59:30Z'), limits)).toBe('active');
    expect(sessionStatus(busy, at('2026-03-02T21:00:00Z'), limits)).toBe('expired');
  });

  it('writes the last-seen time back at most once a minute', () => {
    expect(shouldTouch(signIn, at('2026-03-02T09:00:59Z'))).toBe(false);
    expect(shouldTouch(signIn, at('2026-03-02T09:01:00Z'))).toBe(true);
  });
});
