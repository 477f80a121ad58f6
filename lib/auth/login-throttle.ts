/**
 * Throttling of staff sign-ins. Attempts are counted per (hashed) account and per (hashed) client address in fixed
 * windows; the current and the previous window are added up, so splitting a burst across a window boundary gains
 * an attacker nothing. An attempt is counted before it is checked (a right password takes its count back), so a
 * burst sent all at once is counted in full before the first slow password check ends.
 */
export const LOGIN_WINDOW_MS = 15 * 60_000;
/** Failed attempts on one account before it is throttled (for everyone, so the message reveals nothing). */
export const ACCOUNT_FAILURE_LIMIT = 5;
/** Failed attempts from one address, over all accounts. */
export const ADDRESS_FAILURE_LIMIT = 20;
/**
 * Wrong second-factor codes per person, counted apart from passwords and wherever a code is asked (sign-in, a new
 * password, a new second factor): someone who has the password still gets only this many guesses per window.
 */
export const TOTP_FAILURE_LIMIT = 5;

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

/** For counts that include the attempt being decided (counted first): refused once past the limit. */
export function overLimit(countIncludingThis: number, limit: number): boolean {
  return countIncludingThis > limit;
}
