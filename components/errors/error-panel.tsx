'use client';
// The body of the public error page (app/[locale]/error.tsx): what happened, what still works,
// and two ways on. Messages come from the ErrorPage namespace the locale layout passes down.
import { useEffect, useRef } from 'react';
import { useTranslations } from 'next-intl';
import { Link } from '@/lib/i18n/navigation';
import { HeadedSection } from '@/components/ui/headed-section';

export function ErrorPanel({ digest, retry }: { digest?: string; retry: () => void }) {
  const t = useTranslations('ErrorPage');
  const heading = useRef<HTMLHeadingElement>(null);
  // After a client-side navigation the page changed under the reader: move focus to the news.
  useEffect(() => heading.current?.focus(), []);
  return (
    <div className="max-w-2xl" data-testid="error-page">
      <title>{t('title')}</title>
      <h1 ref={heading} tabIndex={-1} className="text-2xl font-bold focus:outline-none">
        {t('heading')}
      </h1>
      <p className="mt-3 text-slate-800">{t('lead')}</p>
      <HeadedSection
        id="still-works-heading"
        heading={t('stillWorksHeading')}
        className="mt-6 rounded border-l-4 border-brand-700 bg-white p-4"
        headingClassName="font-semibold"
      >
        <ul className="mt-2 list-disc space-y-1 pl-5 text-slate-800">
          <li>{t('stillWorksCache')}</li>
          <li>{t('stillWorksSearch')}</li>
          <li>
            {t.rich('stillWorksDumps', {
              link: (chunks) => (
                <Link href="/developers" className="text-brand-700 underline underline-offset-2 hover:text-brand-800">
                  {chunks}
                </Link>
              ),
            })}
          </li>
        </ul>
      </HeadedSection>
      <div className="mt-6 flex flex-wrap items-center gap-4">
        <button type="button" onClick={() => retry()} className="min-h-11 rounded bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800">
          {t('retry')}
        </button>
        <Link href="/" className="inline-flex min-h-11 items-center text-brand-700 underline underline-offset-2 hover:text-brand-800">
          {t('home')}
        </Link>
      </div>
      {digest ? <p className="mt-6 text-sm text-slate-600">{t('reference', { digest })}</p> : null}
    </div>
  );
}
