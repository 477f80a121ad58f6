import type { ReactNode } from 'react';
import { ScrollRegion } from './scroll-region';

/**
 * How a column's cells read: `number` right-aligned with even digits (figures to compare down a column), `text`
 * left-aligned, `inline-number` left-aligned with even digits (a number among text columns, e.g. a priority).
 */
export type ColumnKind = 'text' | 'number' | 'inline-number';

export interface DataTableProps {
  caption: string;
  headers: string[];
  rows: ReactNode[][];
  /** Stable row keys (record ids) where rows hold stateful controls; by default the row's position. */
  rowKeys?: readonly string[];
  /** Per column; by default the first column (the row header) is text and the others are numbers. */
  columns?: readonly ColumnKind[];
  /** In a closed <details> under a chart; open (plain) elsewhere. */
  summary?: string;
  className?: string;
  testId?: string;
}

const ALIGN: Record<ColumnKind, string> = {
  text: '',
  number: ' text-right tabular-nums',
  'inline-number': ' tabular-nums',
};

/**
 * A captioned table of rows whose first cell names the row: the table alternative every chart carries (the same
 * figures, readable by screen readers and in print), and the staff lists of waves, helplines, teams and rules.
 */
export function DataTable({
  caption,
  headers,
  rows,
  rowKeys,
  columns,
  summary,
  className,
  testId,
}: DataTableProps) {
  const kindOf = (index: number): ColumnKind => columns?.[index] ?? (index === 0 ? 'text' : 'number');
  const table = (
    <ScrollRegion label={caption} className={className}>
      <table className="w-full border-collapse text-sm" data-testid={testId}>
        <caption className="py-1 text-left font-semibold">{caption}</caption>
        <thead>
          <tr>
            {headers.map((header, index) => (
              <th
                key={header}
                scope="col"
                className={`border-b-2 border-ink px-2 py-1 ${kindOf(index) === 'number' ? 'text-right' : 'text-left'}`}
              >
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((cells, rowIndex) => (
            <tr key={rowKeys?.[rowIndex] ?? rowIndex}>
              {cells.map((cell, index) =>
                index === 0 ? (
                  <th
                    key={index}
                    scope="row"
                    className={`border-b border-line px-2 py-1 text-left font-normal${kindOf(0) === 'text' ? '' : ' tabular-nums'}`}
                  >
                    {cell}
                  </th>
                ) : (
                  <td key={index} className={`border-b border-line px-2 py-1${ALIGN[kindOf(index)]}`}>
                    {cell}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
  if (!summary) return table;
  return (
    <details className="mt-2 print:hidden">
      <summary className="inline-flex min-h-11 cursor-pointer items-center font-semibold text-brand-dark underline">
        {summary}
      </summary>
      {table}
    </details>
  );
}
