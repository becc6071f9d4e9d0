// A plan's public facts (department, period, items, population, sample, status) as a definition
// list; shared by the plans list and the plan page.
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/domain/vocabulary';
import type { PublicPlan } from '@/lib/inspections/get-inspections';
import { districtName, industryName } from '@/lib/reference/labels';
import { FactList } from '@/components/ui/fact-list';

export async function PlanFacts({ plan, locale }: { plan: PublicPlan; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'Inspections' });
  const te = await getTranslations({ locale, namespace: 'EntityTypes' });
  const population = [
    plan.districts.length > 0 ? t('districts', { list: plan.districts.map((d) => districtName(d, locale)).join('、') }) : null,
    plan.industries.length > 0 ? t('industries', { list: plan.industries.map((i) => industryName(i, locale)).join('、') }) : null,
    plan.entityTypes.length > 0 ? t('entityTypes', { list: plan.entityTypes.map((e) => te(e)).join('、') }) : null,
  ].filter((s): s is string => s !== null);
  return (
    <FactList
      className="grid grid-cols-1 gap-x-4 gap-y-1 text-sm sm:grid-cols-[9rem_1fr]"
      termClassName="font-semibold text-slate-700"
      rows={[
        [t('department'), plan.department[locale]],
        [t('period'), t('periodValue', { start: plan.periodStart, end: plan.periodEnd })],
        [
          t('items'),
          <ul key="items" className="list-inside list-disc">
            {plan.items.map((i) => (
              <li key={i.id}>
                {i.title}
                {i.legalBasis ? <span className="text-slate-600">（{i.legalBasis}）</span> : null}
              </li>
            ))}
          </ul>,
        ],
        [t('population'), population.length > 0 ? population.join('；') : t('populationAll')],
        [t('sample'), plan.firmCount !== null ? t('sampleCount', { count: plan.firmCount }) : t('sampleShare', { share: plan.sharePercent ?? 0 })],
        [t('statusLabel'), `${t(`status.${plan.status}`)} · ${t('drawnCount', { count: plan.drawnCount, results: plan.resultCount })}`],
      ]}
    />
  );
}
