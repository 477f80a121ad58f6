import type { CellState } from '@/lib/analytics/cell-suppression';
import type { DayPoint } from '@/lib/analytics/rollup';
import type { SeriesStates } from '@/lib/analytics/series-suppression';
import { DataTable } from './data-table';

export interface TimeSeriesChartProps {
  id: string;
  title: string;
  description: string;
  tableSummary: string;
  /** `small`, `hidden` and `hiddenLegend` explain the band and the gaps drawn when `states` is given. */
  labels: {
    day: string;
    visits: string;
    contacts: string;
    small: string;
    hidden: string;
    hiddenLegend: string;
  };
  points: DayPoint[];
  /** Where small numbers are suppressed (see `protectSeries`); without it every day is drawn to scale. */
  states?: SeriesStates;
  formatCount: (value: number) => string;
  formatDay: (day: string) => string;
}

type Line = keyof SeriesStates;

const WIDTH = 640;
const HEIGHT = 240;
const PAD = { top: 16, right: 16, bottom: 32, left: 48 };
// Brand teal, solid, for visits; dark red, dashed, for contacts: told apart by colour and by line style.
const VISITS = '#0b6e63';
const CONTACTS = '#a4262c';
/** The band along the bottom where "< 5" days sit, all at one height whatever their count. */
const BAND = 14;
const BAND_FILL = '#e3e7ea';

/** Runs of consecutive days drawn to scale: a suppressed day breaks the line, so no slope leads to it. */
function runs(count: number, shown: (index: number) => boolean): number[][] {
  const result: number[][] = [];
  let current: number[] = [];
  for (let index = 0; index < count; index += 1) {
    if (shown(index)) {
      current.push(index);
    } else if (current.length > 0) {
      result.push(current);
      current = [];
    }
  }
  if (current.length > 0) result.push(current);
  return result;
}

/**
 * Visits and contacts (taps plus requests) per day as two lines, with a legend and the data as a table. Under
 * suppression a "< 5" day is a marker on a band at a fixed height and a hidden day a gap, never a point to scale.
 */
export function TimeSeriesChart(props: TimeSeriesChartProps) {
  const { id, points, formatCount, formatDay, labels, states } = props;
  const stateOf = (line: Line, index: number): CellState => states?.[line][index] ?? 'shown';
  const pick = (line: Line, point: DayPoint) => (line === 'visits' ? point.visits : point.contacts);
  const drawn = (['visits', 'contacts'] as const).flatMap((line) =>
    points.flatMap((point, index) => (stateOf(line, index) === 'shown' ? [pick(line, point)] : [])),
  );
  // Under suppression the scale reaches 5 at least, so the top label never gives a small day away either.
  const max = Math.max(states ? 5 : 1, ...drawn);
  const plotWidth = WIDTH - PAD.left - PAD.right;
  const plotHeight = HEIGHT - PAD.top - PAD.bottom;
  const bottom = PAD.top + plotHeight;
  const x = (index: number) =>
    PAD.left + (points.length <= 1 ? plotWidth / 2 : (index / (points.length - 1)) * plotWidth);
  const y = (value: number) => bottom - (value / max) * plotHeight;
  const at = (line: Line, index: number) =>
    `${x(index).toFixed(1)},${y(pick(line, points[index]!)).toFixed(1)}`;
  const anyIs = (state: CellState) =>
    states !== undefined && (states.visits.includes(state) || states.contacts.includes(state));

  const drawLine = (line: Line, color: string, dash?: string) => (
    <g>
      {runs(points.length, (index) => stateOf(line, index) === 'shown').map((run) =>
        run.length === 1 ? (
          <circle key={run[0]} cx={x(run[0]!)} cy={y(pick(line, points[run[0]!]!))} r="3" fill={color} />
        ) : (
          <path
            key={run[0]}
            d={run.map((index, step) => `${step === 0 ? 'M' : 'L'}${at(line, index)}`).join(' ')}
            fill="none"
            stroke={color}
            strokeWidth="2.5"
            strokeDasharray={dash}
          />
        ),
      )}
      {points.map((point, index) =>
        stateOf(line, index) === 'small' ? (
          <circle
            key={point.day}
            cx={x(index)}
            cy={bottom - BAND / 2}
            r="3.5"
            fill="#fff"
            stroke={color}
            strokeWidth="2"
          />
        ) : null,
      )}
    </g>
  );
  const tableCell = (line: Line, index: number) =>
    stateOf(line, index) === 'hidden' ? labels.hidden : formatCount(pick(line, points[index]!));

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
        {anyIs('small') ? (
          <li className="flex items-center gap-2">
            <svg width="28" height="10" aria-hidden="true">
              <rect width="28" height="10" fill={BAND_FILL} />
              <circle cx="14" cy="5" r="3.5" fill="#fff" stroke="#4a5560" strokeWidth="2" />
            </svg>
            {labels.small}
          </li>
        ) : null}
        {anyIs('hidden') ? <li>{labels.hiddenLegend}</li> : null}
      </ul>
      <svg
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        className="mt-2 h-auto w-full"
      >
        <desc id={`${id}-desc`}>{props.description}</desc>
        {anyIs('small') ? (
          <rect x={PAD.left} y={bottom - BAND} width={plotWidth} height={BAND} fill={BAND_FILL} />
        ) : null}
        <line x1={PAD.left} y1={bottom} x2={WIDTH - PAD.right} y2={bottom} stroke="#4a5560" />
        <line x1={PAD.left} y1={PAD.top} x2={WIDTH - PAD.right} y2={PAD.top} stroke="#d5d9dc" />
        <text x={PAD.left - 6} y={PAD.top + 5} textAnchor="end" fontSize="13" fill="#1d2327">
          {formatCount(max)}
        </text>
        <text x={PAD.left - 6} y={bottom + 5} textAnchor="end" fontSize="13" fill="#1d2327">
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
        {drawLine('visits', VISITS)}
        {drawLine('contacts', CONTACTS, '6 4')}
      </svg>
      <DataTable
        caption={props.title}
        summary={props.tableSummary}
        headers={[labels.day, labels.visits, labels.contacts]}
        rows={points.map((point, index) => [
          formatDay(point.day),
          tableCell('visits', index),
          tableCell('contacts', index),
        ])}
      />
    </figure>
  );
}
