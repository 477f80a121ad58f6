import { describe, expect, it } from 'vitest';
import { isWaitingTooLong, nextStatus } from './request-status';

describe('request status', () => {
  it('allows the inbox actions in order', () => {
    expect(nextStatus('new', 'pickUp')).toBe('picked_up');
    expect(nextStatus('picked_up', 'markAnswered')).toBe('answered');
    expect(nextStatus('answered', 'close')).toBe('closed');
    expect(nextStatus('closed', 'reopen')).toBe('picked_up');
  });

  it('refuses actions that do not fit the status', () => {
    expect(nextStatus('closed', 'pickUp')).toBeNull();
    expect(nextStatus('answered', 'markAnswered')).toBeNull();
    expect(nextStatus('new', 'reopen')).toBeNull();
    expect(nextStatus('bogus', 'close')).toBeNull();
  });

  it('marks a new request waiting longer than the threshold', () => {
    const receivedAt = new Date('2026-03-01T09:00:00Z');
    const now = new Date('2026-03-02T09:00:00Z');
    expect(isWaitingTooLong({ status: 'new', receivedAt }, now, 24)).toBe(false);
    expect(isWaitingTooLong({ status: 'new', receivedAt }, new Date(now.getTime() + 1), 24)).toBe(true);
    expect(isWaitingTooLong({ status: 'picked_up', receivedAt }, new Date(now.getTime() + 1), 24)).toBe(
      false,
    );
  });
});
