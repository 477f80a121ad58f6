import { describe, expect, it } from 'vitest';
import {
  compareByWaiting,
  isWaitingTooLong,
  nextConversationStatus,
  nextStatus,
  waitingSince,
} from './request-status';

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

  it('lets a conversation follow its messages', () => {
    expect(nextConversationStatus('new', { type: 'personWrote' })).toBe('new');
    expect(nextConversationStatus('answered', { type: 'personWrote' })).toBe('waiting_for_us');
    expect(nextConversationStatus('waiting_for_person', { type: 'personWrote' })).toBe('waiting_for_us');
    expect(nextConversationStatus('closed', { type: 'personWrote' })).toBe('waiting_for_us');
    expect(nextConversationStatus('new', { type: 'teamReplied', outcome: 'answered' })).toBe('answered');
    expect(
      nextConversationStatus('waiting_for_us', { type: 'teamReplied', outcome: 'waiting_for_person' }),
    ).toBe('waiting_for_person');
    expect(nextConversationStatus('waiting_for_person', { type: 'close' })).toBe('closed');
    expect(nextConversationStatus('closed', { type: 'reopen', lastAuthor: 'team' })).toBe(
      'waiting_for_person',
    );
    expect(nextConversationStatus('closed', { type: 'reopen', lastAuthor: 'person' })).toBe('waiting_for_us');
    expect(nextConversationStatus('answered', { type: 'deletedByPerson' })).toBe('deleted');
  });

  it('lets nothing happen to a conversation the person deleted', () => {
    for (const event of [
      { type: 'personWrote' },
      { type: 'teamReplied', outcome: 'answered' },
      { type: 'close' },
      { type: 'reopen', lastAuthor: 'team' },
      { type: 'deletedByPerson' },
    ] as const) {
      expect(nextConversationStatus('deleted', event)).toBeNull();
    }
  });

  it('offers only closing and reopening as status actions on a conversation', () => {
    expect(nextStatus('new', 'pickUp', 'conversation')).toBeNull();
    expect(nextStatus('waiting_for_us', 'markAnswered', 'conversation')).toBeNull();
    expect(nextStatus('waiting_for_us', 'close', 'conversation')).toBe('closed');
    expect(nextStatus('closed', 'reopen', 'conversation', 'team')).toBe('waiting_for_person');
    expect(nextStatus('deleted', 'close', 'conversation')).toBeNull();
    // The conversation statuses are not reached by a request's actions.
    expect(nextStatus('waiting_for_us', 'pickUp')).toBeNull();
  });

  it('knows since when someone waits, and sorts the longest wait first', () => {
    const at = (hour: number) => new Date(Date.UTC(2026, 2, 1, hour));
    const conversation = (id: string, status: string, since: number | null, received = 0) => ({
      id,
      reach: 'conversation',
      status,
      receivedAt: at(received),
      waitingSince: since === null ? null : at(since),
    });
    expect(waitingSince(conversation('c', 'waiting_for_us', 5))).toEqual(at(5));
    expect(waitingSince(conversation('c', 'new', null, 2))).toEqual(at(2));
    expect(waitingSince(conversation('c', 'waiting_for_person', 5))).toBeNull();
    expect(waitingSince({ status: 'picked_up', receivedAt: at(1), reach: 'sms' })).toBeNull();
    expect(isWaitingTooLong(conversation('c', 'waiting_for_us', 5, 0), at(5 + 25), 24)).toBe(true);
    expect(isWaitingTooLong(conversation('c', 'waiting_for_us', 5, 0), at(5 + 24), 24)).toBe(false);

    const rows = [
      { id: 'answered', reach: 'sms', status: 'answered', receivedAt: at(0) },
      conversation('wrote-late', 'waiting_for_us', 9, 1),
      { id: 'callback', reach: 'phone', status: 'new', receivedAt: at(4) },
      conversation('replied', 'waiting_for_person', null, 2),
      conversation('first', 'new', null, 3),
    ];
    expect(rows.sort(compareByWaiting).map((row) => row.id)).toEqual([
      'first',
      'callback',
      'wrote-late',
      'answered',
      'replied',
    ]);
  });
});
