'use client';

import { useEffect, useState, useSyncExternalStore } from 'react';
import { useSearchParams } from 'next/navigation';
import { useLocale, useTranslations } from 'next-intl';
import { Link, usePathname } from '@/lib/i18n/navigation';
import { routing } from '@/lib/i18n/routing';

type Query = Record<string, string>;

function Links({ query }: { query?: Query }) {
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

/** Reports the query string; rendered only in the browser, so a prerendered page never bails out for it. */
function QueryReader({ onChange }: { onChange: (query: Query) => void }) {
  const search = useSearchParams().toString();
  useEffect(() => onChange(Object.fromEntries(new URLSearchParams(search))), [search, onChange]);
  return null;
}

const subscribeNothing = () => () => {};

/**
 * Links to the same page in the other locales, keeping the query string.
 *
 * The links are rendered once, on the server too, and only their href gains the query after
 * hydration. (A Suspense fallback swapped for a client render replaced the anchors while the page
 * hydrated, and a click landing in that moment went nowhere.)
 */
export function LocaleSwitcher() {
  const t = useTranslations('Common');
  const [query, setQuery] = useState<Query>();
  const inBrowser = useSyncExternalStore(
    subscribeNothing,
    () => true,
    () => false,
  );
  return (
    <nav aria-label={t('languageSwitcher')}>
      <Links query={query} />
      {inBrowser && <QueryReader onChange={setQuery} />}
    </nav>
  );
}
