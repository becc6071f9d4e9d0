import type { ReactNode } from 'react';

export interface StatsTableProps {
  /** Id of the caption, so a chart can point at its data. */
  captionId: string;
  caption: string;
  /** Column headings; the first heads the row labels. */
  columns: readonly string[];
  /** One row per category: its label, then the formatted numbers. */
  rows: readonly { key: string; label: ReactNode; cells: readonly string[] }[];
  /** An optional last row (totals), in bold. */
  footer?: { label: string; cells: readonly string[] };
}

/** The numbers behind a chart as a captioned table; scrolls on its own when wider than a phone. */
export function StatsTable({ captionId, caption, columns, rows, footer }: StatsTableProps) {
  return (
    <div
      role="region"
      aria-labelledby={captionId}
      tabIndex={0}
      className="max-w-full overflow-x-auto rounded-lg bg-white ring-1 ring-slate-200 focus:outline-2 focus:outline-brand-700"
    >
      <table className="w-full border-collapse text-sm">
        <caption id={captionId} className="px-3 py-2 text-left font-semibold">
          {caption}
        </caption>
        <thead>
          <tr className="border-b border-slate-300 bg-slate-50">
            {columns.map((c, i) => (
              <th key={c} scope="col" className={`px-3 py-1.5 font-semibold ${i === 0 ? 'text-left' : 'text-right whitespace-nowrap'}`}>
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key} className="border-b border-slate-100">
              <th scope="row" className="px-3 py-1 text-left font-normal">
                {r.label}
              </th>
              {r.cells.map((cell, i) => (
                <td key={i} className="px-3 py-1 text-right tabular-nums">
                  {cell}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
        {footer ? (
          <tfoot>
            <tr className="border-t border-slate-300 font-semibold">
              <th scope="row" className="px-3 py-1 text-left">
                {footer.label}
              </th>
              {footer.cells.map((cell, i) => (
                <td key={i} className="px-3 py-1 text-right tabular-nums">
                  {cell}
                </td>
              ))}
            </tr>
          </tfoot>
        ) : null}
      </table>
    </div>
  );
}
