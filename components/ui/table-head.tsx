export interface TableColumn {
  label: string;
  /** Extra classes for this header cell, e.g. `text-right` over a column of amounts. */
  className?: string;
}

export interface TableHeadProps {
  /** Column headers in order; `null` or `false` leaves a column out (e.g. one only some staff see). */
  columns: readonly (string | TableColumn | null | false)[];
  className?: string;
  rowClassName?: string;
  cellClassName: string;
}

/** A table's `<thead>`: one row of `scope="col"` header cells. */
export function TableHead({ columns, className, rowClassName, cellClassName }: TableHeadProps) {
  return (
    <thead className={className}>
      <tr className={rowClassName}>
        {columns.map((column, i) => {
          if (!column) return null;
          const { label, className } = typeof column === 'string' ? { label: column, className: undefined } : column;
          return (
            <th key={i} scope="col" className={className ? `${cellClassName} ${className}` : cellClassName}>
              {label}
            </th>
          );
        })}
      </tr>
    </thead>
  );
}
