'use client';
// The GOV.UK error summary: at the top of the form, announced (role="alert") and focused when it
// appears, one entry per issue linking to its field. Texts come in as props (components/ui).
import { useEffect, useRef } from 'react';

export interface ErrorSummaryItem {
  text: string;
  /** The id of the field the issue is about; none for an issue of the whole form (no link). */
  field?: string;
}

export interface ErrorSummaryProps {
  /** The heading ("There is a problem"); some short forms show their one message without one. */
  title?: string;
  items: readonly ErrorSummaryItem[];
  /** Changes once per answer (e.g. the state's issue array): the summary takes focus each time. */
  focusKey?: unknown;
  testId?: string;
}

export function ErrorSummary({ title, items, focusKey, testId }: ErrorSummaryProps) {
  const ref = useRef<HTMLDivElement>(null);
  const signature = items.map((i) => `${i.field ?? ''}:${i.text}`).join('\n');
  useEffect(() => {
    if (signature) ref.current?.focus();
  }, [signature, focusKey]);
  if (items.length === 0) return null;
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="alert"
      aria-labelledby={title ? 'error-summary-title' : undefined}
      data-testid={testId}
      className="border-4 border-red-700 bg-white p-4 focus:outline-4 focus:outline-offset-2 focus:outline-yellow-400"
    >
      {title ? (
        <h2 id="error-summary-title" className="text-lg font-bold">
          {title}
        </h2>
      ) : null}
      <ul className={title ? 'mt-2 list-disc space-y-1 pl-5' : 'space-y-1'}>
        {items.map((item) => (
          <li key={`${item.field ?? ''}:${item.text}`}>
            {item.field ? (
              <a href={`#${item.field}`} className="font-semibold text-red-700 underline">
                {item.text}
              </a>
            ) : (
              <span className="font-semibold text-red-800">{item.text}</span>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
