/**
 * Staff session lifetimes, as pure functions of a clock. A session ends when it has been idle too long or when its
 * absolute lifetime (counted from sign-in) is over, whichever comes first.
 */
export interface SessionLimits {
  idleMs: number;
  absoluteMs: number;
}

export interface SessionTimes {
  createdAt: Date;
  lastSeenAt: Date;
  expiresAt: Date;
}

export type SessionStatus = 'active' | 'idle' | 'expired';

/** Only write `lastSeenAt` back once a minute: a page view with several queries should not write every time. */
export const TOUCH_INTERVAL_MS = 60_000;

export function sessionLimits(idleMinutes: number, maxHours: number): SessionLimits {
  return { idleMs: idleMinutes * 60_000, absoluteMs: maxHours * 3_600_000 };
}

export function absoluteExpiry(createdAt: Date, limits: SessionLimits): Date {
  return new Date(createdAt.getTime() + limits.absoluteMs);
}

export function sessionStatus(session: SessionTimes, now: Date, limits: SessionLimits): SessionStatus {
  if (now.getTime() >= session.expiresAt.getTime()) return 'expired';
  if (now.getTime() - session.lastSeenAt.getTime() >= limits.idleMs) return 'idle';
  return 'active';
}

export function shouldTouch(lastSeenAt: Date, now: Date): boolean {
  return now.getTime() - lastSeenAt.getTime() >= TOUCH_INTERVAL_MS;
}
