'use client';

import { Suspense } from 'react';
import { useSearchParams } from 'next/navigation';
import { useLocale, useTranslations } from 'next-intl';
import { Link, usePathname } from '@/lib/i18n/navigation';
import { routing } from '@/lib/i18n/routing';

function Links({ withQuery }: { withQuery: boolean }) {
  const t = useTranslations('Common');
  const current = useLocale();
  const pathname = usePathname();
  const search = useSearchParams();
  const query = withQuery ? Object.fromEntries(search.entries()) : undefined;
  return (
    <ul className="flex flex-wrap gap-2 text-sm whitespace-nowrap">
      {routing.locales.map((locale) => (
        <li key={locale}>
          {locale === current ? (
            <span aria-current="true" className="rounded bg-white/20 px-2 py-1 font-semibold">
              {t(`localeName.${locale}`)}
            </span>
          ) : (
            <Link
              href={{ pathname, query }}
              locale={locale}
              lang={locale}
              hrefLang={locale}
              className="rounded px-2 py-1 underline-offset-4 hover:underline"
            >
              {t(`localeName.${locale}`)}
            </Link>
          )}
        </li>
      ))}
    </ul>
  );
}

/** Links to the same page in the other locales, keeping the query string. */
export function LocaleSwitcher() {
  const t = useTranslations('Common');
  return (
    <nav aria-label={t('languageSwitcher')}>
      <Suspense fallback={<Links withQuery={false} />}>
        <Links withQuery />
      </Suspense>
    </nav>
  );
}
