import type { ReactNode } from 'react';

/** The white card most public sections are drawn on. */
export const PANEL_CLASS = 'rounded-lg bg-white p-5 shadow-sm ring-1 ring-slate-200';

export interface HeadedSectionProps {
  /** The heading's id; the section is labelled by it. */
  id: string;
  heading: ReactNode;
  /** h2 unless the section sits inside another one. */
  level?: 2 | 3;
  className?: string;
  headingClassName?: string;
  children?: ReactNode;
}

/** A section named by its own heading (`aria-labelledby`), so landmarks and the outline stay in step. */
export function HeadedSection({ id, heading, level = 2, className, headingClassName, children }: HeadedSectionProps) {
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <section aria-labelledby={id} className={className}>
      <Heading id={id} className={headingClassName}>
        {heading}
      </Heading>
      {children}
    </section>
  );
}
