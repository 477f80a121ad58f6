import type { DayPoint } from '@/lib/analytics/rollup';
import { DataTable } from './data-table';

export interface TimeSeriesChartProps {
  id: string;
  title: string;
  description: string;
  tableSummary: string;
  labels: { day: string; visits: string; contacts: string };
  points: DayPoint[];
  formatCount: (value: number) => string;
  formatDay: (day: string) => string;
}

const WIDTH = 640;
const HEIGHT = 240;
const PAD = { top: 16, right: 16, bottom: 32, left: 48 };
// Brand teal, solid, for visits; dark red, dashed, for contacts: told apart by colour and by line style.
const VISITS = '#0b6e63';
const CONTACTS = '#a4262c';

/** Visits and contacts (taps plus requests) per day as two lines, with a legend and the data as a table. */
export function TimeSeriesChart(props: TimeSeriesChartProps) {
  const { id, points, formatCount, formatDay, labels } = props;
  const max = Math.max(1, ...points.map((point) => Math.max(point.visits, point.contacts)));
  const plotWidth = WIDTH - PAD.left - PAD.right;
  const plotHeight = HEIGHT - PAD.top - PAD.bottom;
  const x = (index: number) =>
    PAD.left + (points.length <= 1 ? plotWidth / 2 : (index / (points.length - 1)) * plotWidth);
  const y = (value: number) => PAD.top + plotHeight - (value / max) * plotHeight;
  const path = (pick: (point: DayPoint) => number) =>
    points
      .map((point, index) => `${index === 0 ? 'M' : 'L'}${x(index).toFixed(1)},${y(pick(point)).toFixed(1)}`)
      .join(' ');
  const first = points[0];
  const last = points[points.length - 1];
  return (
    <figure className="m-0 rounded-md border border-line p-3" aria-labelledby={`${id}-title`}>
      <figcaption id={`${id}-title`} className="font-bold">
        {props.title}
      </figcaption>
      <ul className="mt-1 flex list-none flex-wrap gap-4 p-0 text-sm" aria-hidden="true">
        <li className="flex items-center gap-2">
          <svg width="28" height="10" aria-hidden="true">
            <line x1="0" y1="5" x2="28" y2="5" stroke={VISITS} strokeWidth="3" />
          </svg>
          {labels.visits}
        </li>
        <li className="flex items-center gap-2">
          <svg width="28" height="10" aria-hidden="true">
            <line x1="0" y1="5" x2="28" y2="5" stroke={CONTACTS} strokeWidth="3" strokeDasharray="6 4" />
          </svg>
          {labels.contacts}
        </li>
      </ul>
      <svg
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        className="mt-2 h-auto w-full"
      >
        <desc id={`${id}-desc`}>{props.description}</desc>
        <line
          x1={PAD.left}
          y1={PAD.top + plotHeight}
          x2={WIDTH - PAD.right}
          y2={PAD.top + plotHeight}
          stroke="#4a5560"
        />
        <line x1={PAD.left} y1={PAD.top} x2={WIDTH - PAD.right} y2={PAD.top} stroke="#d5d9dc" />
        <text x={PAD.left - 6} y={PAD.top + 5} textAnchor="end" fontSize="13" fill="#1d2327">
          {formatCount(max)}
        </text>
        <text x={PAD.left - 6} y={PAD.top + plotHeight + 5} textAnchor="end" fontSize="13" fill="#1d2327">
          0
        </text>
        {first ? (
          <text x={PAD.left} y={HEIGHT - 8} fontSize="13" fill="#1d2327">
            {formatDay(first.day)}
          </text>
        ) : null}
        {last && last !== first ? (
          <text x={WIDTH - PAD.right} y={HEIGHT - 8} textAnchor="end" fontSize="13" fill="#1d2327">
            {formatDay(last.day)}
          </text>
        ) : null}
        <path d={path((point) => point.visits)} fill="none" stroke={VISITS} strokeWidth="2.5" />
        <path
          d={path((point) => point.contacts)}
          fill="none"
          stroke={CONTACTS}
          strokeWidth="2.5"
          strokeDasharray="6 4"
        />
      </svg>
      <DataTable
        caption={props.title}
        summary={props.tableSummary}
        headers={[labels.day, labels.visits, labels.contacts]}
        rows={points.map((point) => [
          formatDay(point.day),
          formatCount(point.visits),
          formatCount(point.contacts),
        ])}
      />
    </figure>
  );
}
