export interface Change {
  current: number;
  previous: number;
  /** Relative change in percent, rounded to a whole number; null when there is nothing to compare with. */
  percent: number | null;
  direction: 'up' | 'down' | 'same';
}

export function change(current: number, previous: number): Change {
  const direction = current > previous ? 'up' : current < previous ? 'down' : 'same';
  const percent = previous === 0 ? null : Math.round(((current - previous) / previous) * 100);
  return { current, previous, percent, direction };
}
