import type { ReactNode } from 'react';

/** A green confirmation announced politely (`role="status"`): what the last action did. */
export function StatusNotice({ children, testId }: { children: ReactNode; testId?: string }) {
  return (
    <p role="status" className="border-l-4 border-green-700 bg-green-50 p-3" data-testid={testId}>
      {children}
    </p>
  );
}
