// The body of the two 双公示 pages (/licences, /penalties), shared by each route without a query (the
// default view) and its filtered views (q/[view], lib/cache/query-view.mjs). Not a route file.
import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { DualSlug } from '@/lib/domain/dual-publicity';
import { DUAL_KINDS } from '@/lib/domain/dual-publicity';
import { SEVERITIES, type Locale } from '@/lib/domain/vocabulary';
import { ratingDate } from '@/lib/env';
import { orNotFound } from '@/lib/or-not-found';
import { districtOptions, industryOptions } from '@/lib/reference/labels';
import { dualQueryString, parseDualQuery } from '@/lib/dual-publicity/parse-dual-query';
import { getDualDepartments, getDualPage } from '@/lib/dual-publicity/get-dual-entries';
import { DualEntryItem } from '@/components/dual-publicity/dual-entry-item';
import { DateRangeFields } from '@/components/filters/date-range-fields';
import { FilterPanel } from '@/components/filters/filter-panel';
import { PageIntro } from '@/components/layout/page-intro';
import { ExportLinks } from '@/components/lists/export-links';
import { HeadedSection } from '@/components/ui/headed-section';
import { Pagination } from '@/components/ui/pagination';
import { SelectFields } from '@/components/ui/select-field';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The generateMetadata of one list's pages: its name, description and feed. */
export function dualMetadata(slug: DualSlug) {
  return async function generateMetadata({ params }: Props): Promise<Metadata> {
    const { locale } = await params;
    const t = await getTranslations({ locale, namespace: 'DualPublicity' });
    return {
      title: t(`names.${slug}`),
      description: t(`descriptions.${slug}`),
      alternates: { types: { 'application/atom+xml': `/${locale}/${slug}/feed.atom` } },
    };
  };
}

/** The page body of one list. */
export function dualListPage(slug: DualSlug) {
  return async function DualListPage({ params, searchParams }: Props) {
    const { locale: raw } = await params;
    const locale = raw as Locale;
    setRequestLocale(locale);
    const [t, tk, ts] = await Promise.all([getTranslations('DualPublicity'), getTranslations('Kinds'), getTranslations('Severities')]);
    const query = await orNotFound(async () => parseDualQuery(slug, await searchParams));
    const [{ entries, next }, departments] = await Promise.all([getDualPage(slug, query, ratingDate()), getDualDepartments(slug)]);
    const base = `/${locale}/${slug}`;
    const other: DualSlug = slug === 'licences' ? 'penalties' : 'licences';
    const exportQuery = dualQueryString(query, { after: null, limit: 50 });
    const exportHref = (format: string) => `/api/v1/${slug}${exportQuery}${exportQuery ? '&' : '?'}format=${format}&lang=${locale}`;
    return (
      <div className="space-y-6">
        <PageIntro heading={t(`names.${slug}`)} intro={t(`descriptions.${slug}`)} links={[{ href: `/${locale}/${other}`, label: t(`otherList.${slug}`) }]} />
        <div className="grid gap-6 md:grid-cols-[16rem_1fr]">
          <FilterPanel headingId="dual-filters-heading" heading={t('filtersHeading')} action={base} applyLabel={t('apply')} clearLabel={t('clear')}>
            <SelectFields
              idPrefix="dp"
              anyLabel={t('any')}
              fields={[
                {
                  name: 'department',
                  label: t('department'),
                  defaultValue: query.department,
                  options: departments.map((d) => ({ value: d.code, label: d[locale] })),
                },
                { name: 'district', label: t('district'), defaultValue: query.district, options: districtOptions(locale) },
                { name: 'industry', label: t('industry'), defaultValue: query.industry, options: industryOptions(locale) },
                { name: 'kind', label: t('kind'), defaultValue: query.kind, options: DUAL_KINDS[slug].map((k) => ({ value: k, label: tk(k) })) },
                ...(slug === 'penalties'
                  ? [{ name: 'severity', label: t('severity'), defaultValue: query.severity, options: SEVERITIES.map((s) => ({ value: s, label: ts(s) })) }]
                  : []),
              ]}
            />
            <DateRangeFields idPrefix="dp" labels={{ from: t('from'), to: t('to') }} values={query} />
          </FilterPanel>
          <HeadedSection id="dual-entries-heading" heading={t('resultsHeading')} className="min-w-0" headingClassName="sr-only">
            <div className="flex flex-wrap items-center justify-between gap-3">
              <p role="status" className="font-semibold" data-testid="dual-page-hint">
                {entries.length > 0 ? t('pageHint', { count: query.limit }) : t('noEntries')}
              </p>
              <ExportLinks
                csvHref={exportHref('csv')}
                jsonlHref={exportHref('jsonl')}
                feedHref={`/${locale}/${slug}/feed.atom`}
                labels={{ csv: t('exportCsv'), jsonl: t('exportJsonl'), feed: t('feed') }}
              />
            </div>
            <p className="mt-1 text-sm text-slate-600">{t('exportNote')}</p>
            <ol className="mt-4 space-y-3">
              {entries.map((e) => (
                <DualEntryItem key={e.id} entry={e} locale={locale} />
              ))}
            </ol>
            {(query.after || next) && (
              <Pagination
                label={t('pagination')}
                status={t('pageHint', { count: query.limit })}
                previousHref={query.after ? `${base}${dualQueryString(query, { after: null })}` : undefined}
                nextHref={next ? `${base}${dualQueryString(query, { after: next })}` : undefined}
                previousLabel={t('first')}
                nextLabel={t('next')}
              />
            )}
          </HeadedSection>
        </div>
      </div>
    );
  };
}
