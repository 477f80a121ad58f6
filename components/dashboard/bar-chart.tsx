import { DataTable } from './data-table';

export interface BarChartProps {
  id: string;
  title: string;
  description: string;
  tableSummary: string;
  keyHeader: string;
  valueHeader: string;
  items: { label: string; value: number }[];
  format: (value: number) => string;
  /** Bars for 1 to 4 are drawn as empty when their numbers are suppressed, so the length does not tell them. */
  hideSmall?: boolean;
  emptyText: string;
}

const ROW = 28;
const LABEL_WIDTH = 190;
const WIDTH = 560;
const VALUE_WIDTH = 70;

/** Horizontal bars with their labels and values, drawn on the server; a table with the same figures follows. */
export function BarChart(props: BarChartProps) {
  const { id, title, description, items, format } = props;
  const max = Math.max(1, ...items.map((item) => item.value));
  const height = Math.max(1, items.length) * ROW + 8;
  const barSpace = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
  return (
    <figure className="m-0 rounded-md border border-line p-3" aria-labelledby={`${id}-title`}>
      <figcaption id={`${id}-title`} className="font-bold">
        {title}
      </figcaption>
      {items.length === 0 ? (
        <p className="text-muted">{props.emptyText}</p>
      ) : (
        <svg
          role="img"
          aria-labelledby={`${id}-title ${id}-desc`}
          viewBox={`0 0 ${WIDTH} ${height}`}
          className="mt-2 h-auto w-full max-w-2xl"
        >
          <desc id={`${id}-desc`}>{description}</desc>
          {items.map((item, index) => {
            const y = index * ROW + 4;
            const hidden = props.hideSmall && item.value >= 1 && item.value <= 4;
            const width = hidden ? 0 : Math.max(item.value > 0 ? 2 : 0, (item.value / max) * barSpace);
            return (
              <g key={item.label}>
                <text x={LABEL_WIDTH - 8} y={y + 18} textAnchor="end" fontSize="14" fill="#1d2327">
                  {item.label.length > 24 ? `${item.label.slice(0, 23)}…` : item.label}
                </text>
                <rect x={LABEL_WIDTH} y={y + 4} width={width} height={ROW - 10} fill="#0b6e63" />
                <text x={LABEL_WIDTH + width + 6} y={y + 18} fontSize="14" fill="#1d2327">
                  {format(item.value)}
                </text>
              </g>
            );
          })}
        </svg>
      )}
      <DataTable
        caption={title}
        summary={props.tableSummary}
        headers={[props.keyHeader, props.valueHeader]}
        rows={items.map((item) => [item.label, format(item.value)])}
      />
    </figure>
  );
}
