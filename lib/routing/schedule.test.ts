import { describe, expect, it } from 'vitest';

import { statusAt } from './schedule';
import { ALL_DAYS, OFFICE_HOURS, hours, moment, schedule, slots } from './test-fixtures';
import type { Schedule } from './types';

const at = (iso: string) => new Date(iso);

describe('statusAt on an office-hours line (Mon–Fri 09:00–17:00)', () => {
  it('is open during the day until 17:00 today', () => {
    // Wednesday 14 January 2026, 10:00 CET.
    expect(statusAt(OFFICE_HOURS, at('2026-01-14T09:00:00Z'))).toEqual({
      state: 'open',
      until: moment('2026-01-14', 3, '17:00', { today: true }),
    });
  });

  it('opens at 09:00 sharp and closes at 17:00 sharp', () => {
    expect(statusAt(OFFICE_HOURS, at('2026-01-14T08:00:00Z')).state).toBe('open');
    expect(statusAt(OFFICE_HOURS, at('2026-01-14T07:59:59Z'))).toEqual({
      state: 'closed',
      opensAt: moment('2026-01-14', 3, '09:00', { today: true }),
    });
    expect(statusAt(OFFICE_HOURS, at('2026-01-14T16:00:00Z')).state).toBe('closed');
  });

  it('is closed in the evening and opens tomorrow at 09:00', () => {
    expect(statusAt(OFFICE_HOURS, at('2026-01-14T18:00:00Z'))).toEqual({
      state: 'closed',
      opensAt: moment('2026-01-15', 4, '09:00', { tomorrow: true }),
    });
  });

  it('treats the small hours as "today" for the coming opening', () => {
    // 00:30 CET Thursday is already Thursday locally, even though it is Wednesday in UTC.
    expect(statusAt(OFFICE_HOURS, at('2026-01-14T23:30:00Z'))).toEqual({
      state: 'closed',
      opensAt: moment('2026-01-15', 4, '09:00', { today: true }),
    });
  });

  it('sends Friday evening to Monday 09:00', () => {
    expect(statusAt(OFFICE_HOURS, at('2026-01-16T18:00:00Z'))).toEqual({
      state: 'closed',
      opensAt: moment('2026-01-19', 1, '09:00'),
    });
  });

  it('is closed all weekend', () => {
    expect(statusAt(OFFICE_HOURS, at('2026-01-17T11:00:00Z'))).toEqual({
      state: 'closed',
      opensAt: moment('2026-01-19', 1, '09:00'),
    });
    // Sunday evening: Monday is tomorrow.
    expect(statusAt(OFFICE_HOURS, at('2026-01-18T20:00:00Z'))).toEqual({
      state: 'closed',
      opensAt: moment('2026-01-19', 1, '09:00', { tomorrow: true }),
    });
  });
});

describe('public holidays', () => {
  it('closes on Koningsdag 2026 (Monday 27 April) and reopens Tuesday', () => {
    expect(statusAt(OFFICE_HOURS, at('2026-04-27T08:00:00Z'))).toEqual({
      state: 'closed',
      opensAt: moment('2026-04-28', 2, '09:00', { tomorrow: true }),
    });
  });

  it('skips the holiday when looking ahead from the Friday before', () => {
    expect(statusAt(OFFICE_HOURS, at('2026-04-24T16:00:00Z'))).toEqual({
      state: 'closed',
      opensAt: moment('2026-04-28', 2, '09:00'),
    });
  });

  it('stays open on holidays when the line says so', () => {
    const alwaysWorks = { ...OFFICE_HOURS, closedOnPublicHolidays: false };
    expect(statusAt(alwaysWorks, at('2026-04-27T08:00:00Z')).state).toBe('open');
  });

  it('closes on both Christmas days', () => {
    const daily = schedule(slots(ALL_DAYS, hours('09:00', '17:00')));
    const reopening = { state: 'closed', opensAt: moment('2026-12-27', 7, '09:00') };
    expect(statusAt(daily, at('2026-12-24T17:00:00Z'))).toEqual(reopening);
    expect(statusAt(daily, at('2026-12-25T11:00:00Z'))).toEqual(reopening);
    expect(statusAt(daily, at('2026-12-26T11:00:00Z'))).toEqual({
      ...reopening,
      opensAt: moment('2026-12-27', 7, '09:00', { tomorrow: true }),
    });
  });
});

describe('daylight saving time', () => {
  // Holidays off, so Easter Sunday (5 April 2026) does not interfere with the week-ahead checks.
  const sundayAllDay = schedule(slots([7], hours('00:00', '24:00')), { closedOnPublicHolidays: false });
  const sundayNight = schedule(slots([7], hours('01:00', '04:00')), { closedOnPublicHolidays: false });

  it('reports "always" for a line flagged alwaysOpen, even at the switch', () => {
    const always = schedule([], { alwaysOpen: true });
    expect(statusAt(always, at('2026-03-29T01:00:00Z'))).toEqual({ state: 'always' });
    expect(statusAt(always, at('2026-10-25T01:30:00Z'))).toEqual({ state: 'always' });
  });

  it('keeps a 00:00–24:00 line open through spring-forward', () => {
    const untilMidnight = { state: 'open', until: moment('2026-03-29', 7, '24:00', { today: true }) };
    expect(statusAt(sundayAllDay, at('2026-03-28T23:30:00Z'))).toEqual(untilMidnight);
    expect(statusAt(sundayAllDay, at('2026-03-29T00:59:00Z'))).toEqual(untilMidnight);
    expect(statusAt(sundayAllDay, at('2026-03-29T01:00:00Z'))).toEqual(untilMidnight);
    expect(statusAt(sundayAllDay, at('2026-03-29T21:59:00Z'))).toEqual(untilMidnight);
    expect(statusAt(sundayAllDay, at('2026-03-29T22:00:00Z'))).toEqual({
      state: 'closed',
      opensAt: moment('2026-04-05', 7, '00:00'),
    });
  });

  it('keeps a 00:00–24:00 line open through both passes of the repeated hour', () => {
    const untilMidnight = { state: 'open', until: moment('2026-10-25', 7, '24:00', { today: true }) };
    for (const iso of [
      '2026-10-24T22:00:00Z',
      '2026-10-25T00:30:00Z',
      '2026-10-25T01:30:00Z',
      '2026-10-25T22:59:00Z',
    ]) {
      expect(statusAt(sundayAllDay, at(iso))).toEqual(untilMidnight);
    }
    expect(statusAt(sundayAllDay, at('2026-10-25T23:00:00Z')).state).toBe('closed');
  });

  it('handles a 01:00–04:00 slot on spring-forward night (only two real hours)', () => {
    expect(statusAt(sundayNight, at('2026-03-28T23:59:00Z'))).toEqual({
      state: 'closed',
      opensAt: moment('2026-03-29', 7, '01:00', { today: true }),
    });
    const untilFour = { state: 'open', until: moment('2026-03-29', 7, '04:00', { today: true }) };
    expect(statusAt(sundayNight, at('2026-03-29T00:00:00Z'))).toEqual(untilFour);
    // 03:00 CEST: the clock just jumped, the line is still open.
    expect(statusAt(sundayNight, at('2026-03-29T01:00:00Z'))).toEqual(untilFour);
    expect(statusAt(sundayNight, at('2026-03-29T02:00:00Z')).state).toBe('closed');
  });

  it('handles a 01:00–04:00 slot on fall-back night (four real hours)', () => {
    const untilFour = { state: 'open', until: moment('2026-10-25', 7, '04:00', { today: true }) };
    expect(statusAt(sundayNight, at('2026-10-24T22:59:00Z')).state).toBe('closed');
    for (const iso of [
      '2026-10-24T23:00:00Z',
      '2026-10-25T00:30:00Z',
      '2026-10-25T01:30:00Z',
      '2026-10-25T02:59:00Z',
    ]) {
      expect(statusAt(sundayNight, at(iso))).toEqual(untilFour);
    }
    expect(statusAt(sundayNight, at('2026-10-25T03:00:00Z')).state).toBe('closed');
  });

  it('opens a slot that starts inside the spring-forward gap at 03:00', () => {
    const fromHalfPastTwo = schedule(slots([7], hours('02:30', '05:00')));
    expect(statusAt(fromHalfPastTwo, at('2026-03-29T00:30:00Z'))).toEqual({
      state: 'closed',
      opensAt: moment('2026-03-29', 7, '03:00', { today: true }),
    });
  });
});

describe('overnight and overlapping slots', () => {
  it('merges overlapping slots', () => {
    const overlapping = schedule(slots([3], hours('12:00', '17:00'), hours('09:00', '13:00')));
    expect(statusAt(overlapping, at('2026-01-14T09:00:00Z'))).toEqual({
      state: 'open',
      until: moment('2026-01-14', 3, '17:00', { today: true }),
    });
  });

  it('merges back-to-back slots', () => {
    const adjacent = schedule(slots([3], hours('09:00', '17:00'), hours('17:00', '21:00')));
    expect(statusAt(adjacent, at('2026-01-14T15:30:00Z'))).toEqual({
      state: 'open',
      until: moment('2026-01-14', 3, '21:00', { today: true }),
    });
  });

  it('does not merge slots separated by a break', () => {
    const lunchBreak = schedule(slots([3], hours('09:00', '12:00'), hours('13:00', '17:00')));
    expect(statusAt(lunchBreak, at('2026-01-14T11:30:00Z'))).toEqual({
      state: 'closed',
      opensAt: moment('2026-01-14', 3, '13:00', { today: true }),
    });
  });

  it('merges a slot ending 24:00 with the next day starting 00:00', () => {
    const overnight = schedule([
      { weekday: 6, opens: '20:00', closes: '24:00' },
      { weekday: 7, opens: '00:00', closes: '08:00' },
    ]);
    // Saturday 17 January 2026, 22:00 CET.
    expect(statusAt(overnight, at('2026-01-17T21:00:00Z'))).toEqual({
      state: 'open',
      until: moment('2026-01-18', 7, '08:00', { tomorrow: true }),
    });
  });

  it('gives no closing time when open for more than a week', () => {
    const roundTheClock = schedule(slots(ALL_DAYS, hours('00:00', '24:00')), {
      closedOnPublicHolidays: false,
    });
    expect(statusAt(roundTheClock, at('2026-01-14T09:00:00Z'))).toEqual({ state: 'open', until: null });
  });

  it('gives the closing time when a round-the-clock line closes within the week', () => {
    const roundTheClock = schedule(slots(ALL_DAYS, hours('00:00', '24:00')), {
      closedOnPublicHolidays: false,
      exceptions: [{ date: '2026-01-19', closed: true }],
    });
    expect(statusAt(roundTheClock, at('2026-01-14T09:00:00Z'))).toEqual({
      state: 'open',
      until: moment('2026-01-18', 7, '24:00'),
    });
  });
});

describe('exceptions', () => {
  it('closes for a one-off closure and reopens the next working day', () => {
    const closure: Schedule = { ...OFFICE_HOURS, exceptions: [{ date: '2026-01-14', closed: true }] };
    expect(statusAt(closure, at('2026-01-14T09:00:00Z'))).toEqual({
      state: 'closed',
      opensAt: moment('2026-01-15', 4, '09:00', { tomorrow: true }),
    });
  });

  it('uses special hours instead of the weekly ones', () => {
    const shortDay: Schedule = {
      ...OFFICE_HOURS,
      exceptions: [{ date: '2026-12-24', closed: false, slots: [hours('09:00', '13:00')] }],
    };
    expect(statusAt(shortDay, at('2026-12-24T10:00:00Z'))).toEqual({
      state: 'open',
      until: moment('2026-12-24', 4, '13:00', { today: true }),
    });
    expect(statusAt(shortDay, at('2026-12-24T12:30:00Z'))).toEqual({
      state: 'closed',
      opensAt: moment('2026-12-28', 1, '09:00'),
    });
  });

  it('lets special hours override a public holiday and open a weekend day', () => {
    const specials: Schedule = {
      ...OFFICE_HOURS,
      exceptions: [
        { date: '2026-04-27', closed: false, slots: [hours('12:00', '16:00')] },
        { date: '2026-01-17', closed: false, slots: [hours('10:00', '14:00')] },
      ],
    };
    expect(statusAt(specials, at('2026-04-27T08:00:00Z'))).toEqual({
      state: 'closed',
      opensAt: moment('2026-04-27', 1, '12:00', { today: true }),
    });
    expect(statusAt(specials, at('2026-01-17T10:00:00Z'))).toEqual({
      state: 'open',
      until: moment('2026-01-17', 6, '14:00', { today: true }),
    });
  });
});

describe('looking ahead', () => {
  const onlyOn = (date: string): Schedule =>
    schedule([], { exceptions: [{ date, closed: false, slots: [hours('10:00', '12:00')] }] });

  it('finds an opening up to 14 days ahead', () => {
    expect(statusAt(onlyOn('2026-01-24'), at('2026-01-14T09:00:00Z'))).toEqual({
      state: 'closed',
      opensAt: moment('2026-01-24', 6, '10:00'),
    });
  });

  it('reports an unknown reopening beyond 14 days', () => {
    expect(statusAt(onlyOn('2026-02-10'), at('2026-01-14T09:00:00Z'))).toEqual({
      state: 'closed',
      opensAt: null,
    });
    expect(statusAt(schedule([]), at('2026-01-14T09:00:00Z'))).toEqual({ state: 'closed', opensAt: null });
  });

  it('claims nothing is open when the clock is invalid', () => {
    expect(statusAt(OFFICE_HOURS, new Date(Number.NaN))).toEqual({ state: 'closed', opensAt: null });
  });
});
