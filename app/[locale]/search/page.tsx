import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { Locale } from '@/lib/domain/vocabulary';
import { orNotFound } from '@/lib/or-not-found';
import { findEntities } from '@/lib/entities/find-entities';
import { parseSearchParams } from '@/lib/entities/parse-search-params';
import { SearchBox } from '@/components/search/search-box';
import { SearchResults } from '@/components/search/search-results';
import { SearchFilters } from '@/components/search/search-filters';
import { SearchFallbackBanner } from '@/components/search/search-fallback-banner';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { locale } = await params;
  const sp = await searchParams;
  const t = await getTranslations({ locale, namespace: 'Search' });
  const q = typeof sp.q === 'string' ? sp.q.slice(0, 100) : '';
  return { title: q ? t('metaTitle', { q }) : t('metaTitleEmpty'), robots: { index: false } };
}

export default async function SearchPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('Search');
  const parsed = await orNotFound(async () => parseSearchParams(await searchParams));
  const truncated = parsed.q.length > 100;
  const query = { ...parsed, q: parsed.q.slice(0, 100) };
  // A page past the last shows the last page (its pagination says which), never an empty page 500 of 162.
  const result = await findEntities(query, { highlight: true, pastLastPage: 'last' });
  const first = result.hits[0];
  if (result.exactMatch && first) redirect(`/${locale}/entities/${first.uscc}`);

  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t('heading')}</h1>
      <SearchBox defaultValue={query.q} size="md" />
      {truncated && <p className="text-sm text-amber-800">{t('tooLong')}</p>}
      {result.degraded && <SearchFallbackBanner kind="entities" />}
      <div className="grid gap-6 md:grid-cols-[16rem_1fr]">
        <SearchFilters query={query} facets={result.facets} locale={locale as Locale} />
        <SearchResults query={query} result={result} locale={locale as Locale} />
      </div>
    </div>
  );
}
