import { describe, expect, it } from 'vitest';
import {
  ACCOUNT_FAILURE_LIMIT,
  ADDRESS_FAILURE_LIMIT,
  countedWindows,
  isThrottled,
  loginWindowStart,
} from './login-throttle';

describe('login throttling', () => {
  it('uses fixed 15-minute windows and counts the previous one too', () => {
    const now = new Date('2026-03-02T09:22:10Z');
    expect(loginWindowStart(now).toISOString()).toBe('2026-03-02T09:15:00.000Z');
    expect(countedWindows(now).map((date) => date.toISOString())).toEqual([
      '2026-03-02T09:00:00.000Z',
      '2026-03-02T09:15:00.000Z',
    ]);
  });

  it('throttles an account after 5 failures and an address after 20', () => {
    expect(isThrottled({ account: ACCOUNT_FAILURE_LIMIT - 1, address: 0 })).toBe(false);
    expect(isThrottled({ account: ACCOUNT_FAILURE_LIMIT, address: 0 })).toBe(true);
    expect(isThrottled({ account: 0, address: ADDRESS_FAILURE_LIMIT - 1 })).toBe(false);
    expect(isThrottled({ account: 0, address: ADDRESS_FAILURE_LIMIT })).toBe(true);
  });
});
