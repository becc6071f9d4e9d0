// The page's body, shared by the route without a query (the default view) and the route of
// each filtered view (q/[view]); see lib/cache/query-view.ts. Not a route file.
import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { Locale } from '@/lib/domain/vocabulary';
import { ratingDate } from '@/lib/env';
import { orNotFound } from '@/lib/or-not-found';
import { findPolicies } from '@/lib/policies/find-policies';
import { parsePolicyQuery, policyQueryString } from '@/lib/policies/policy-query';
import { PolicyCard } from '@/components/policies/policy-card';
import { PolicyFilters } from '@/components/policies/policy-filters';
import { Pagination } from '@/components/ui/pagination';
import { SearchFallbackBanner } from '@/components/search/search-fallback-banner';
import { HeadedSection } from '@/components/ui/headed-section';
import { PageIntro } from '@/components/layout/page-intro';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Policies' });
  return {
    title: t('metaTitle'),
    description: t('metaDescription'),
    alternates: { types: { 'application/atom+xml': `/${locale}/policies/feed.atom` } },
  };
}

export async function PoliciesPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('Policies');
  const query = await orNotFound(async () => parsePolicyQuery(await searchParams));
  const today = ratingDate();
  const result = await findPolicies(query, today);
  const pages = Math.max(1, Math.min(250, Math.ceil(result.total / query.limit)));
  const base = `/${locale}/policies`;
  return (
    <div className="space-y-6">
      <PageIntro
        heading={t('heading')}
        intro={t('intro')}
        links={[
          { href: `/${locale}/policies/guide`, label: t('guideLink'), primary: true },
          { href: `/${locale}/small-businesses`, label: t('directoryLink') },
          { href: `/${locale}/policies/figures`, label: t('figuresLink') },
          { href: `/${locale}/policies/feed.atom`, label: t('feed') },
        ]}
      />
      {result.fallback && <SearchFallbackBanner kind="policies" />}
      <PolicyFilters query={query} locale={locale as Locale} />
      <HeadedSection id="policy-results-heading" heading={t('resultsHeading')} headingClassName="sr-only">
        <p role="status" className="font-semibold" data-testid="policy-total" data-total={result.total}>
          {t('resultCount', { count: result.total })}
        </p>
        {result.policies.length === 0 ? (
          <p className="mt-4 text-slate-700">{t('noResults')}</p>
        ) : (
          <ol className="mt-4 space-y-3">
            {result.policies.map((p) => (
              <PolicyCard key={p.id} policy={p} locale={locale as Locale} today={today} />
            ))}
          </ol>
        )}
        {pages > 1 && (
          <Pagination
            label={t('pagination')}
            status={t('pageStatus', { page: query.page, pages })}
            previousHref={query.page > 1 ? `${base}${policyQueryString(query, { page: query.page - 1 })}` : undefined}
            nextHref={query.page < pages ? `${base}${policyQueryString(query, { page: query.page + 1 })}` : undefined}
            previousLabel={t('previous')}
            nextLabel={t('next')}
          />
        )}
      </HeadedSection>
    </div>
  );
}
