import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/domain/vocabulary';
import { districtName } from '@/lib/reference/labels';
import type { FindEntitiesResult } from '@/lib/entities/find-entities';
import type { SearchQuery } from '@/lib/entities/parse-search-params';
import { CreditBadge } from '@/components/entity/credit-badge';
import { Highlighted } from './highlighted';
import { searchHref } from './search-url';
import { Pagination } from '@/components/ui/pagination';
import { HeadedSection } from '@/components/ui/headed-section';

/** The result list with count, highlighted matches and pagination links. */
export async function SearchResults({ query, result, locale }: { query: SearchQuery; result: FindEntitiesResult; locale: Locale }) {
  const t = await getTranslations('Search');
  const ttype = await getTranslations('EntityTypes');
  const capped = result.total >= 10000;
  return (
    <HeadedSection id="results-heading" heading={t('resultsHeading')} headingClassName="sr-only">
      <p role="status" className="font-semibold">
        {capped ? t('resultCountCapped', { count: result.total }) : t('resultCount', { count: result.total })}
      </p>
      {result.total === 0 && <p className="mt-2 text-slate-700">{t('noResultsHelp')}</p>}
      <ol className="mt-4 space-y-3">
        {result.hits.map((hit) => {
          const alias = hit.highlights.aliases?.find((s) => s.some((x) => x.hit));
          const former = hit.highlights.formerNames?.find((s) => s.some((x) => x.hit));
          return (
            <li key={hit.uscc} data-testid="search-result" data-uscc={hit.uscc} className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200">
              <div className="flex flex-wrap items-start justify-between gap-2">
                <a href={`/${locale}/entities/${hit.uscc}`} className="text-lg font-semibold break-words text-brand-700 underline-offset-2 hover:underline">
                  <Highlighted segments={hit.highlights.name} fallback={hit.name} />
                </a>
                <CreditBadge level={hit.creditLevel} />
              </div>
              <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm text-slate-700">
                <dt>{t('uscc')}</dt>
                <dd className="font-mono">{hit.uscc}</dd>
                <dt>{t('legalRepresentative')}</dt>
                <dd>
                  <Highlighted segments={hit.highlights.legalRepresentative} fallback={hit.legalRepresentative} />
                </dd>
                <MatchedRow label={t('alias')} segments={alias} />
                <MatchedRow label={t('formerName')} segments={former} />
              </dl>
              <p className="mt-1 text-sm text-slate-600">
                {ttype(hit.type)} · {districtName(hit.districtCode, locale)}
              </p>
            </li>
          );
        })}
      </ol>
      {result.totalPages > 1 && (
        <Pagination
          label={t('pagination')}
          status={t('pageStatus', { page: result.page, pages: result.totalPages })}
          previousHref={result.page > 1 ? searchHref(locale, query, { page: result.page - 1 }) : undefined}
          nextHref={result.page < result.totalPages ? searchHref(locale, query, { page: result.page + 1 }) : undefined}
          previousLabel={t('previous')}
          nextLabel={t('next')}
        />
      )}
    </HeadedSection>
  );
}

/** A row shown only when a query matched inside it (an alias, a former name), with the match marked. */
function MatchedRow({ label, segments }: { label: string; segments: Parameters<typeof Highlighted>[0]['segments'] | undefined }) {
  if (!segments) return null;
  return (
    <>
      <dt>{label}</dt>
      <dd>
        <Highlighted segments={segments} fallback="" />
      </dd>
    </>
  );
}
