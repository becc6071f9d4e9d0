import { getFormatter, getTranslations } from 'next-intl/server';
import { BarChart, type BarChartSeries } from '@/components/ui/bar-chart';
import { LIST_KINDS } from '@/lib/lists/list-definitions';
import type { ListSlug } from '@/lib/domain/vocabulary';
import { getStatsListsByMonth, STATS_MONTHS } from '@/lib/stats/get-stats';
import { StatsTable } from './stats-table';
import { HeadedSection } from '@/components/ui/headed-section';

// The four lists that have a record kind of their own (joint punishment is their union).
const LISTS = ['serious-illegal', 'abnormal-operations', 'dishonest-debtors', 'tax-violations'] as const satisfies readonly ListSlug[];

const LIST_NAME_KEYS: Record<(typeof LISTS)[number], string> = {
  'serious-illegal': 'listSeriousIllegal',
  'abnormal-operations': 'listAbnormalOperations',
  'dishonest-debtors': 'listDishonestDebtors',
  'tax-violations': 'listTaxViolations',
};

/** Listings and removals per month over the last 24 months: a grouped bar chart and table per list. */
export async function ListsOverTimeChart({ today }: { today: string }) {
  const [t, format, counts] = await Promise.all([getTranslations('Stats'), getFormatter(), getStatsListsByMonth(today)]);
  const n = (v: number) => format.number(v);
  const month = (iso: string) => format.dateTime(new Date(`${iso}T00:00:00Z`), { year: 'numeric', month: 'short', timeZone: 'UTC' });
  const series: BarChartSeries[] = [
    { key: 'listed', label: t('seriesListed'), fill: '#0b4a8b', stroke: '#0b4a8b', text: '#ffffff', pattern: 'none' },
    { key: 'removed', label: t('seriesRemoved'), fill: '#e2e8f0', stroke: '#475569', text: '#0f172a', pattern: 'stripes' },
  ];
  return (
    <HeadedSection id="stats-lists-heading" heading={t('listsHeading')} className="space-y-3" headingClassName="text-xl font-bold">
      <p className="text-slate-700">{t('listsIntro', { months: STATS_MONTHS })}</p>
      {LISTS.map((slug) => {
        const kind = LIST_KINDS[slug][0];
        const rows = counts.filter((c) => c.kind === kind);
        const listed = rows.reduce((s, r) => s + r.listed, 0);
        const removed = rows.reduce((s, r) => s + r.removed, 0);
        const name = t(LIST_NAME_KEYS[slug]);
        return (
          <section key={slug} aria-labelledby={`stats-list-${slug}-heading`} className="space-y-2 pt-2">
            <h3 id={`stats-list-${slug}-heading`} className="text-lg font-semibold">
              {name}
            </h3>
            <div className="grid items-start gap-6 lg:grid-cols-2">
              <BarChart
                id={`list-${slug}`}
                label={t('listsChartLabel', { list: name, months: STATS_MONTHS, listed, removed })}
                describedBy={`stats-list-${slug}-caption`}
                layout="grouped"
                compact
                rowLabelWidth={76}
                legendLabel={t('legend')}
                series={series}
                rows={rows.map((r) => ({
                  key: r.month,
                  label: month(r.month),
                  values: [r.listed, r.removed],
                  valueLabels: [n(r.listed), n(r.removed)],
                }))}
              />
              <StatsTable
                captionId={`stats-list-${slug}-caption`}
                caption={t('listsCaption', { list: name })}
                columns={[t('columnMonth'), t('seriesListed'), t('seriesRemoved')]}
                rows={rows.map((r) => ({ key: r.month, label: month(r.month), cells: [n(r.listed), n(r.removed)] }))}
                footer={{ label: t('total'), cells: [n(listed), n(removed)] }}
              />
            </div>
          </section>
        );
      })}
    </HeadedSection>
  );
}
