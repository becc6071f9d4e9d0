import type { ReactNode } from 'react';
import { TableHead, type TableHeadProps } from '@/components/ui/table-head';

/**
 * A back-office list table: a labelled, keyboard-scrollable region (WCAG 1.4.10 on a phone) holding
 * the table, its header row in the admin style, and the rows given as children (`<tr>`s).
 */
export function AdminTable({
  label,
  columns,
  className = '',
  children,
}: {
  label: string;
  columns: TableHeadProps['columns'];
  className?: string;
  children: ReactNode;
}) {
  return (
    <div role="region" aria-label={label} tabIndex={0} className={`overflow-x-auto rounded bg-white shadow ${className}`.trim()}>
      <table className="w-full border-collapse text-sm">
        <TableHead rowClassName="border-b bg-slate-50 text-left" cellClassName="px-3 py-2" columns={columns} />
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
