'use client';

import { Suspense } from 'react';
import { useSearchParams } from 'next/navigation';
import { useLocale, useTranslations } from 'next-intl';
import { Link, usePathname } from '@/lib/i18n/navigation';
import { routing } from '@/lib/i18n/routing';

function Links({ query }: { query?: Record<string, string> }) {
  const t = useTranslations('Common');
  const current = useLocale();
  // A filtered view is rendered from its internal path (lib/cache/query-view.ts); link to the public one.
  const pathname = usePathname().replace(/\/q\/[A-Za-z0-9_-]+$/, '');
  return (
    <ul className="flex flex-wrap gap-2 text-sm whitespace-nowrap">
      {routing.locales.map((locale) => (
        <li key={locale}>
          {locale === current ? (
            <span aria-current="true" className="rounded bg-white/20 px-2 py-1 font-semibold">
              {t(`localeName.${locale}`)}
            </span>
          ) : (
            <Link href={{ pathname, query }} locale={locale} lang={locale} hrefLang={locale} className="rounded px-2 py-1 underline-offset-4 hover:underline">
              {t(`localeName.${locale}`)}
            </Link>
          )}
        </li>
      ))}
    </ul>
  );
}

// Reading the query string opts a static page out of prerendering up to the nearest Suspense
// boundary, so only this part reads it; the prerendered fallback links to the bare paths.
function LinksWithQuery() {
  const search = useSearchParams();
  return <Links query={Object.fromEntries(search.entries())} />;
}

/** Links to the same page in the other locales, keeping the query string. */
export function LocaleSwitcher() {
  const t = useTranslations('Common');
  return (
    <nav aria-label={t('languageSwitcher')}>
      <Suspense fallback={<Links />}>
        <LinksWithQuery />
      </Suspense>
    </nav>
  );
}
