import type { ReactNode } from 'react';

export interface FactListProps {
  /** Label and value pairs, in order; labels must be unique (they key the rows). */
  rows: readonly (readonly [string, ReactNode])[];
  className?: string;
  termClassName?: string;
  valueClassName?: string;
}

/** A definition list of label/value rows laid out on a grid (each pair wrapped in a `contents` div). */
export function FactList({ rows, className, termClassName, valueClassName = 'break-words' }: FactListProps) {
  return (
    <dl className={className}>
      {rows.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className={termClassName}>{label}</dt>
          <dd className={valueClassName || undefined}>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
