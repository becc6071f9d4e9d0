import type { ReactNode } from 'react';

/**
 * One language's part of a page written in every locale at once (the root 404 and the global error
 * page, which cannot know the reader's language): the first is the page's h1, the others follow as h2.
 */
export function LocaleSection({
  locale,
  first,
  heading,
  lead,
  children,
}: {
  locale: string;
  first: boolean;
  heading: string;
  lead: string;
  children: ReactNode;
}) {
  const Heading = first ? 'h1' : 'h2';
  return (
    <section lang={locale} className={first ? '' : 'border-t border-slate-300 pt-4'}>
      <Heading className={first ? 'text-2xl font-bold' : 'text-lg font-bold'}>{heading}</Heading>
      <p className="mt-2 text-slate-800">{lead}</p>
      {children}
    </section>
  );
}
