// The page's body, shared by the route without a query (the default view) and the route of
// each filtered view (q/[view]); see lib/cache/query-view.ts. Not a route file.
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { localizedMetadata } from '@/lib/i18n/page-metadata';
import { districtName, districtOptions, industryName, industryOptions } from '@/lib/reference/labels';
import { ENTITY_TYPES, type Locale } from '@/lib/domain/vocabulary';
import { ratingDate } from '@/lib/env';
import { orNotFound } from '@/lib/or-not-found';
import { DIRECTORY_STATUSES, directoryQueryString, getDirectoryPage, parseDirectoryQuery } from '@/lib/policies/directory';
import { formatDay } from '@/components/policies/format';
import { SupportList } from '@/components/policies/support-list';
import { Pagination } from '@/components/ui/pagination';
import { FilterPanel, RadioFilter } from '@/components/filters/filter-panel';
import { SelectFields } from '@/components/ui/select-field';
import { HeadedSection } from '@/components/ui/headed-section';
import { PageIntro } from '@/components/layout/page-intro';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export const generateMetadata = localizedMetadata('SmallBusinesses', { description: 'intro' });

export async function SmallBusinessesPage({ params, searchParams }: Props) {
  const { locale: raw } = await params;
  const locale = raw as Locale;
  setRequestLocale(locale);
  const [t, tp, tt, tsb] = await Promise.all([
    getTranslations('SmallBusinesses'),
    getTranslations('Policies'),
    getTranslations('EntityTypes'),
    getTranslations('SmallBusinessProfile'),
  ]);
  const query = await orNotFound(async () => parseDirectoryQuery(await searchParams));
  const today = ratingDate();
  const { entries, total, capped, nextAfter } = await getDirectoryPage(query, today);
  const thisYear = Number(today.slice(0, 4));
  const years = Array.from({ length: thisYear - 2015 }, (_, i) => String(thisYear - i));
  const statusLabel = { current: t('statusCurrent'), removed: t('statusRemoved'), all: t('statusAll') };
  const base = `/${locale}/small-businesses`;
  return (
    <div className="space-y-6">
      <PageIntro heading={t('heading')} intro={t('intro')} links={[{ href: `/${locale}/policies`, label: t('policiesLink') }]} />
      <div className="grid gap-6 md:grid-cols-[16rem_1fr]">
        <FilterPanel headingId="directory-filters" heading={t('filtersHeading')} action={base} applyLabel={t('apply')} clearLabel={t('clear')}>
          <RadioFilter legend={t('statusLabel')} name="status" values={DIRECTORY_STATUSES} labels={statusLabel} checked={query.status} />
          <SelectFields
            idPrefix="sb"
            anyLabel={t('any')}
            fields={[
              { name: 'district', label: t('district'), defaultValue: query.district, options: districtOptions(locale) },
              { name: 'industry', label: t('industry'), defaultValue: query.industry, options: industryOptions(locale) },
              { name: 'type', label: t('type'), defaultValue: query.type, options: ENTITY_TYPES.map((ty) => ({ value: ty, label: tt(ty) })) },
              {
                name: 'year',
                label: t('year'),
                defaultValue: query.year ? String(query.year) : undefined,
                options: years.map((y) => ({ value: y, label: y })),
              },
            ]}
          />
        </FilterPanel>
        <HeadedSection id="directory-results" heading={t('resultsHeading')} className="min-w-0" headingClassName="sr-only">
          <p role="status" className="font-semibold" data-testid="directory-total" data-total={total}>
            {capped ? t('resultCountCapped', { count: total }) : t('resultCount', { count: total })}
          </p>
          <ol className="mt-4 space-y-3">
            {entries.map((e) => {
              const removed = e.removedOn !== null && e.removedOn <= today;
              return (
                <li key={e.entityId} data-testid="directory-entry" data-uscc={e.uscc} className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200">
                  <div className="flex flex-wrap items-start justify-between gap-2">
                    <a
                      href={`/${locale}/entities/${e.uscc}`}
                      className="min-w-0 text-lg font-semibold break-words text-brand-700 underline-offset-2 hover:underline"
                    >
                      {e.name}
                    </a>
                    <span
                      className={`shrink-0 rounded px-2 py-0.5 text-sm font-semibold ${removed ? 'bg-slate-200 text-slate-900' : 'bg-green-800 text-white'}`}
                    >
                      {removed ? t('removedBadge') : tp(`sizes.${e.size}`)}
                    </span>
                  </div>
                  <dl className="mt-2 grid grid-cols-1 gap-x-4 gap-y-1 text-sm sm:grid-cols-[8rem_1fr]">
                    <dt className="text-slate-600">{t('type')}</dt>
                    <dd>{tt(e.type)}</dd>
                    <dt className="text-slate-600">{t('district')}</dt>
                    <dd>{districtName(e.districtCode, locale)}</dd>
                    <dt className="text-slate-600">{t('industry')}</dt>
                    <dd>{e.industryCode ? industryName(e.industryCode, locale) : '—'}</dd>
                    <dt className="text-slate-600">{t('year')}</dt>
                    <dd>{e.listedYear}</dd>
                    {removed ? (
                      <>
                        <dt className="text-slate-600">{t('removal')}</dt>
                        <dd data-testid="directory-removal">
                          {t('removalText', {
                            date: formatDay(e.removedOn!, locale),
                            reason: tsb(`removalReasons.${e.removalReason ?? 'no_longer_eligible'}`),
                          })}
                        </dd>
                      </>
                    ) : null}
                  </dl>
                  {e.supportTotal > 0 ? (
                    <details className="mt-2">
                      <summary className="cursor-pointer text-sm font-semibold text-brand-700">{t('supportSummary', { count: e.supportTotal })}</summary>
                      <div className="mt-2">
                        <SupportList rows={e.support} locale={locale} testId="directory-support" />
                      </div>
                    </details>
                  ) : (
                    <p className="mt-2 text-sm text-slate-600">{t('noSupport')}</p>
                  )}
                </li>
              );
            })}
          </ol>
          {(query.after > 0 || nextAfter !== null) && (
            <Pagination
              label={t('pagination')}
              status={t('pageHint')}
              previousHref={query.after > 0 ? `${base}${directoryQueryString(query, { after: 0 })}` : undefined}
              nextHref={nextAfter !== null ? `${base}${directoryQueryString(query, { after: nextAfter })}` : undefined}
              previousLabel={t('first')}
              nextLabel={t('next')}
            />
          )}
        </HeadedSection>
      </div>
    </div>
  );
}
