/**
 * Throttling of staff sign-ins. Failures are counted per (hashed) account and per (hashed) client address in fixed
 * windows; the current and the previous window are added up, so splitting a burst across a window boundary gains
 * an attacker nothing.
 */
export const LOGIN_WINDOW_MS = 15 * 60_000;
/** Failed attempts on one account before it is throttled (for everyone, so the message reveals nothing). */
export const ACCOUNT_FAILURE_LIMIT = 5;
/** Failed attempts from one address, over all accounts. */
export const ADDRESS_FAILURE_LIMIT = 20;

export function loginWindowStart(now: Date, windowMs = LOGIN_WINDOW_MS): Date {
  return new Date(Math.floor(now.getTime() / windowMs) * windowMs);
}

/** The window starts whose failures count at `now`: the current window and the one before. */
export function countedWindows(now: Date, windowMs = LOGIN_WINDOW_MS): Date[] {
  const current = loginWindowStart(now, windowMs);
  return [new Date(current.getTime() - windowMs), current];
}

export function isThrottled(failures: { account: number; address: number }): boolean {
  return failures.account >= ACCOUNT_FAILURE_LIMIT || failures.address >= ADDRESS_FAILURE_LIMIT;
}
