import { describe, expect, it } from 'vitest';
import { median, publishableReplyFigures, teamReplyFigures } from './conversations';

describe('conversation reply figures', () => {
  it('takes the median of odd and even counts', () => {
    expect(median([])).toBeNull();
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('gives per team the share answered within the promise and the median time to the first answer', () => {
    const at = (iso: string) => new Date(iso);
    // Monday 23 November 2026, 10:00 Amsterdam; the promise of 2 working days ends Wednesday midnight.
    const monday = '2026-11-23T09:00:00Z';
    const rows = [
      { teamId: 'a', receivedAt: at(monday), firstAnsweredAt: at('2026-11-23T13:00:00Z') }, // 4 h, on time
      { teamId: 'a', receivedAt: at(monday), firstAnsweredAt: at('2026-11-24T09:00:00Z') }, // 24 h, on time
      { teamId: 'a', receivedAt: at(monday), firstAnsweredAt: at('2026-11-26T09:00:00Z') }, // 72 h, late
      { teamId: 'a', receivedAt: at(monday), firstAnsweredAt: null }, // overdue by now
      { teamId: 'a', receivedAt: at('2026-11-29T09:00:00Z'), firstAnsweredAt: null }, // still within promise
      { teamId: 'b', receivedAt: at(monday), firstAnsweredAt: null },
    ];
    const teams = [
      { id: 'a', name: 'A', replyWithinDays: 2 },
      { id: 'b', name: 'B', replyWithinDays: 10 },
      { id: 'c', name: 'C', replyWithinDays: 2 },
    ];
    const figures = teamReplyFigures(rows, teams, at('2026-11-30T09:00:00Z'));
    expect(figures[0]).toEqual({
      teamId: 'a',
      teamName: 'A',
      replyWithinDays: 2,
      conversations: 5,
      answered: 3,
      judged: 4,
      withinPromise: 2,
      withinPromisePercent: 50,
      medianHoursToFirstAnswer: 24,
    });
    expect(figures[1]).toMatchObject({ conversations: 1, judged: 0, withinPromisePercent: null });
    expect(figures[2]).toMatchObject({ conversations: 0, medianHoursToFirstAnswer: null });
  });

  it('shows no figure of a team with 1 to 4 conversations, and leaves out teams without any', () => {
    const base = { replyWithinDays: 2, answered: 0, judged: 0, withinPromise: 0 };
    const figures = [
      {
        ...base,
        teamId: 'none',
        teamName: 'None',
        conversations: 0,
        withinPromisePercent: null,
        medianHoursToFirstAnswer: null,
      },
      {
        ...base,
        teamId: 'few',
        teamName: 'Few',
        conversations: 4,
        answered: 1,
        judged: 1,
        withinPromise: 1,
        withinPromisePercent: 100,
        medianHoursToFirstAnswer: 3,
      },
      {
        ...base,
        teamId: 'many',
        teamName: 'Many',
        conversations: 5,
        answered: 5,
        judged: 5,
        withinPromise: 4,
        withinPromisePercent: 80,
        medianHoursToFirstAnswer: 6,
      },
    ];
    const published = publishableReplyFigures(figures);
    expect(published.map((team) => team.teamId)).toEqual(['few', 'many']);
    expect(published[0]).toEqual({ teamId: 'few', teamName: 'Few', replyWithinDays: 2, suppressed: true });
    expect(published[1]).toMatchObject({
      suppressed: false,
      withinPromisePercent: 80,
      medianHoursToFirstAnswer: 6,
    });
  });
});
