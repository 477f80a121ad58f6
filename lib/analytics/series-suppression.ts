import { type CellGroup, type CellState, suppressCells } from './cell-suppression';
import type { DayPoint } from './rollup';

/** How each day's visits and contacts may be shown; the same order as the points. */
export interface SeriesStates {
  visits: CellState[];
  contacts: CellState[];
}

/** The figures shown beside the series: the range's visits, taps and requests (contacts are taps plus requests). */
export interface SeriesTotals {
  visits: number;
  taps: number;
  requests: number;
}

/**
 * Which days of the visits-and-contacts series can be shown. The days add up to the headline figures on the same
 * page, so one "< 5" among shown days would be their difference: another day is hidden then (`suppressCells`).
 */
export function protectSeries(points: readonly DayPoint[], totals: SeriesTotals): SeriesStates {
  const days = points.length;
  const visits = points.map((_, index) => index);
  const contacts = points.map((_, index) => days + index);
  const [visitTotal, contactTotal, taps, requests] = [2 * days, 2 * days + 1, 2 * days + 2, 2 * days + 3];
  const values = [
    ...points.map((point) => point.visits),
    ...points.map((point) => point.contacts),
    totals.visits,
    totals.taps + totals.requests,
    totals.taps,
    totals.requests,
  ];
  const groups: CellGroup[] = [
    { total: visitTotal, members: visits },
    { total: contactTotal, members: contacts },
    { total: contactTotal, members: [taps, requests] },
  ];
  const { states, exposed } = suppressCells({
    values,
    groups,
    fixed: new Set([visitTotal, taps, requests]),
    unprinted: new Set([contactTotal]),
  });
  // A line whose small days the headline gives away whatever else is hidden (e.g. 8 visits as two days of 4, the
  // other days 0) is hidden as a whole, zero days included, so the reader no longer knows which days had any.
  const line = (cells: readonly number[]): CellState[] =>
    cells.some((cell) => exposed.includes(cell))
      ? cells.map(() => 'hidden')
      : cells.map((cell) => states[cell]!);
  return { visits: line(visits), contacts: line(contacts) };
}
