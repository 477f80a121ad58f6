import type { ReactNode } from 'react';
import { ScrollRegion } from './scroll-region';

export interface DataTableProps {
  caption: string;
  headers: string[];
  rows: ReactNode[][];
  /** In a closed <details> under a chart; open (plain) elsewhere. */
  summary?: string;
}

/** The table alternative every chart carries: the same figures, readable by screen readers and in print. */
export function DataTable({ caption, headers, rows, summary }: DataTableProps) {
  const table = (
    <ScrollRegion label={caption}>
      <table className="w-full border-collapse text-sm">
        <caption className="py-1 text-left font-semibold">{caption}</caption>
        <thead>
          <tr>
            {headers.map((header, index) => (
              <th
                key={header}
                scope="col"
                className={`border-b-2 border-ink px-2 py-1 ${index === 0 ? 'text-left' : 'text-right'}`}
              >
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((cells, rowIndex) => (
            <tr key={rowIndex}>
              {cells.map((cell, index) =>
                index === 0 ? (
                  <th
                    key={index}
                    scope="row"
                    className="border-b border-line px-2 py-1 text-left font-normal"
                  >
                    {cell}
                  </th>
                ) : (
                  <td key={index} className="border-b border-line px-2 py-1 text-right tabular-nums">
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
