// The page's body, shared by the route without a query (the default view) and the route of each
// filtered view (q/[view]); see lib/cache/query-view.ts. Not a route file.
import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { Locale } from '@/lib/domain/vocabulary';
import { orNotFound } from '@/lib/or-not-found';
import { getInspectionDepartments, getPublicPlans, getRecentResults } from '@/lib/inspections/get-inspections';
import { inspectionQueryString, parseInspectionQuery } from '@/lib/inspections/inspection-query';
import { HeadedSection, PANEL_CLASS } from '@/components/ui/headed-section';
import { Pagination } from '@/components/ui/pagination';
import { SelectField } from '@/components/ui/select-field';
import { PlanFacts } from '@/components/inspections/plan-facts';
import { ResultLabel } from '@/components/inspections/result-label';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Inspections' });
  return { title: t('metaTitle'), alternates: { types: { 'application/atom+xml': `/${locale}/inspections/feed.atom` } } };
}

export async function InspectionsPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('Inspections');
  const query = await orNotFound(async () => parseInspectionQuery(await searchParams));
  const [{ plans, more }, departments, results] = await Promise.all([
    getPublicPlans(query.department, query.before),
    getInspectionDepartments(),
    query.before === null ? getRecentResults(query.department, 20) : Promise.resolve([]),
  ]);
  const exportBase = `/api/v1/inspections?${query.department ? `department=${encodeURIComponent(query.department)}&` : ''}lang=${locale}&format=`;
  const lastId = plans.at(-1)?.id;
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">{t('heading')}</h1>
        <p className="mt-1 max-w-3xl text-slate-700">{t('intro')}</p>
      </div>
      <form method="get" action={`/${locale}/inspections`} className="flex flex-wrap items-end gap-3" aria-label={t('filterHeading')}>
        <SelectField
          id="department"
          name="department"
          label={t('department')}
          defaultValue={query.department ?? ''}
          anyLabel={t('allDepartments')}
          options={departments.map((d) => ({ value: d.code, label: d[locale as Locale] }))}
        />
        <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white">
          {t('apply')}
        </button>
      </form>
      <p className="flex flex-wrap gap-3 text-sm">
        <a href={`${exportBase}csv`} className="rounded border border-brand-700 px-3 py-1.5 font-semibold text-brand-700" download>
          {t('exportCsv')}
        </a>
        <a href={`${exportBase}jsonl`} className="rounded border border-brand-700 px-3 py-1.5 font-semibold text-brand-700" download>
          {t('exportJsonl')}
        </a>
        <a href={`/${locale}/inspections/feed.atom`} className="rounded border border-slate-400 px-3 py-1.5 text-slate-800">
          {t('feed')}
        </a>
      </p>
      <p className="text-sm text-slate-600">{t('exportNote')}</p>
      {query.before === null ? (
        <HeadedSection id="results-heading" heading={t('resultsHeading')} className={PANEL_CLASS} headingClassName="mb-3 text-lg font-semibold">
          {results.length === 0 ? (
            <p>{t('noResults')}</p>
          ) : (
            <ul className="space-y-2">
              {results.map((r) => (
                <li key={r.id} className="flex flex-wrap items-center gap-2">
                  <ResultLabel result={r.result} label={r.result ? t(`results.${r.result}`) : t('pendingResult')} />
                  <a href={`/${locale}/entities/${r.uscc}`} className="text-brand-700 underline">
                    {r.name}
                  </a>
                  <span className="text-sm text-slate-600">
                    {r.inspectedOn} ·{' '}
                    <a href={`/${locale}/inspections/${r.planId}`} className="underline">
                      {r.planTitle}
                    </a>
                  </span>
                </li>
              ))}
            </ul>
          )}
        </HeadedSection>
      ) : null}
      <HeadedSection id="plans-heading" heading={t('plansHeading')} headingClassName="mb-3 text-lg font-semibold">
        {plans.length === 0 ? <p>{t('noPlans')}</p> : null}
        <ol className="space-y-4">
          {plans.map((plan) => (
            <li key={plan.id} className={PANEL_CLASS}>
              <h3 className="mb-2 font-semibold">
                <a href={`/${locale}/inspections/${plan.id}`} className="text-brand-700 underline">
                  {plan.title}
                </a>
              </h3>
              <PlanFacts plan={plan} locale={locale as Locale} />
            </li>
          ))}
        </ol>
        {more || query.before !== null ? (
          <Pagination
            label={t('pagination')}
            status=""
            previousHref={query.before !== null ? `/${locale}/inspections${inspectionQueryString({ ...query, before: null })}` : undefined}
            nextHref={more && lastId ? `/${locale}/inspections${inspectionQueryString({ ...query, before: lastId })}` : undefined}
            previousLabel={t('newestPlans')}
            nextLabel={t('olderPlans')}
          />
        ) : null}
      </HeadedSection>
    </div>
  );
}
