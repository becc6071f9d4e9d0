import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { Locale } from '@/lib/domain/vocabulary';
import { getPlanWithTargets, TARGETS_ON_PAGE } from '@/lib/inspections/get-inspections';
import { parsePlanId } from '@/lib/inspections/inspection-query';
import { BackLink } from '@/components/ui/back-link';
import { FactList } from '@/components/ui/fact-list';
import { HeadedSection, PANEL_CLASS } from '@/components/ui/headed-section';
import { PlanFacts } from '@/components/inspections/plan-facts';
import { PlanTargetsTable } from '@/components/inspections/plan-targets-table';

// Static with incremental regeneration (README, "Caching"): generated on first request and expired
// by tag (inspection-plan:{id}) when a result is entered.
export const revalidate = 3600;

export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ locale: string; planId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, planId } = await params;
  const id = parsePlanId(planId);
  const found = id === null ? null : await getPlanWithTargets(id);
  const t = await getTranslations({ locale, namespace: 'Inspections' });
  return { title: found ? `${found.plan.title} · ${t('metaTitle')}` : t('metaTitle') };
}

export default async function InspectionPlanPage({ params }: Props) {
  const { locale, planId } = await params;
  setRequestLocale(locale);
  const id = parsePlanId(planId);
  const found = id === null ? null : await getPlanWithTargets(id);
  if (!found) notFound();
  const { plan, targets } = found;
  const t = await getTranslations('Inspections');
  const exportBase = `/api/v1/inspections/${plan.id}?lang=${locale}&format=`;
  return (
    <div className="space-y-6">
      <BackLink href={`/${locale}/inspections`} label={t('backToList')} />
      <h1 className="text-2xl font-bold">{plan.title}</h1>
      <div className={PANEL_CLASS}>
        <PlanFacts plan={plan} locale={locale as Locale} />
      </div>
      <HeadedSection id="draw-heading" heading={t('drawHeading')} className={PANEL_CLASS} headingClassName="mb-3 text-lg font-semibold">
        <FactList
          className="grid grid-cols-1 gap-x-4 gap-y-1 text-sm sm:grid-cols-[12rem_1fr]"
          termClassName="font-semibold text-slate-700"
          valueClassName="break-all font-mono"
          rows={[
            [
              t('seed'),
              <span key="seed" data-testid="plan-seed">
                {plan.seed}
              </span>,
            ],
            [t('algorithm'), plan.drawAlgorithm ?? ''],
            [t('snapshotSize'), String(plan.snapshotSize ?? '')],
            [
              t('snapshotHash'),
              <span key="hash" data-testid="plan-snapshot-hash">
                {plan.snapshotSha256}
              </span>,
            ],
            [t('inspectorPool'), String(plan.inspectorPoolSize ?? '')],
            [t('drawnAt'), plan.drawnAt ?? ''],
          ]}
        />
        <p className="mt-3">
          <a href={`/api/v1/inspections/${plan.id}/snapshot`} className="text-brand-700 underline" download>
            {t('snapshotDownload')}
          </a>
        </p>
      </HeadedSection>
      <HeadedSection id="check-heading" heading={t('howToCheckHeading')} className={PANEL_CLASS} headingClassName="mb-3 text-lg font-semibold">
        <ol className="list-inside list-decimal space-y-2 text-slate-800">
          <li>{t('howToCheck1')}</li>
          <li>{t('howToCheck2')}</li>
          <li>{t('howToCheck3')}</li>
          <li>{t('howToCheck4')}</li>
        </ol>
        <p className="mt-3 text-sm text-slate-700">{t('howToCheckTool', { id: plan.id })}</p>
      </HeadedSection>
      <HeadedSection id="targets-heading" heading={t('targetsHeading')} className={PANEL_CLASS} headingClassName="mb-3 text-lg font-semibold">
        <p className="mb-3 flex flex-wrap gap-3 text-sm">
          <a href={`${exportBase}csv`} className="rounded border border-brand-700 px-3 py-1.5 font-semibold text-brand-700" download>
            {t('exportPlanCsv')}
          </a>
          <a href={`${exportBase}jsonl`} className="rounded border border-brand-700 px-3 py-1.5 font-semibold text-brand-700" download>
            {t('exportPlanJsonl')}
          </a>
        </p>
        {plan.drawnCount > TARGETS_ON_PAGE ? <p className="mb-2 text-sm text-slate-600">{t('targetsTruncated', { count: TARGETS_ON_PAGE })}</p> : null}
        <PlanTargetsTable targets={targets} locale={locale as Locale} />
      </HeadedSection>
    </div>
  );
}
