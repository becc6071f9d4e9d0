import { getTranslations } from 'next-intl/server';
import type { SupportFigureRow } from '@/lib/policies/support-figures';
import type { Locale } from '@/lib/domain/vocabulary';
import { getCachedSupportFigures } from '@/lib/policies/support-figures';
import { BarChart, type BarChartSeries } from '@/components/ui/bar-chart';
import { StatsTable } from '@/components/stats/stats-table';
import { formatYuan } from './format';
import { numberFormat } from '@/components/entity/format';

const SERIES: BarChartSeries[] = [{ key: 'amount', label: '', fill: '#1d4ed8', stroke: '#1e3a8a', text: '#ffffff' }];

/** One figure: a bar chart of amounts with its data table (grants, firms, amount). */
async function Figure({
  id,
  heading,
  chartLabel,
  column,
  rows,
  locale,
}: {
  id: string;
  heading: string;
  chartLabel: string;
  column: string;
  rows: { key: string; label: string; row: SupportFigureRow }[];
  locale: Locale;
}) {
  const t = await getTranslations('SupportFigures');
  const n = numberFormat(locale);
  return (
    <section aria-labelledby={`${id}-heading`} className="space-y-3">
      <h2 id={`${id}-heading`} className="text-xl font-semibold">
        {heading}
      </h2>
      {rows.length === 0 ? (
        <p>{t('empty')}</p>
      ) : (
        <>
          <BarChart
            id={id}
            label={chartLabel}
            describedBy={`${id}-caption`}
            layout="grouped"
            rowLabelWidth={120}
            series={SERIES.map((s) => ({ ...s, label: t('amount') }))}
            rows={rows.map((r) => ({ key: r.key, label: r.label, values: [r.row.amountCny], valueLabels: [formatYuan(r.row.amountCny, locale)] }))}
          />
          <StatsTable
            captionId={`${id}-caption`}
            caption={t('tableCaption', { what: heading })}
            columns={[column, t('grants'), t('firms'), t('amount')]}
            rows={rows.map((r) => ({
              key: r.key,
              label: r.label,
              cells: [n.format(r.row.grants), n.format(r.row.firms), formatYuan(r.row.amountCny, locale)],
            }))}
          />
        </>
      )}
    </section>
  );
}

/** Total support received by year, by implementing department and by policy category. */
export async function SupportFigures({ locale }: { locale: Locale }) {
  const [t, tc, f] = await Promise.all([getTranslations('SupportFigures'), getTranslations('PolicyCategories'), getCachedSupportFigures()]);
  const n = numberFormat(locale);
  return (
    <div className="space-y-10">
      <p data-testid="support-total" className="text-lg">
        {t('total', { grants: n.format(f.total.grants), firms: n.format(f.total.firms), amount: formatYuan(f.total.amountCny, locale) })}
      </p>
      {[
        { id: 'support-by-year', key: 'byYear', column: 'year', rows: f.byYear.map((r) => ({ key: r.key, label: r.key, row: r })) },
        {
          id: 'support-by-department',
          key: 'byDepartment',
          column: 'department',
          rows: f.byDepartment.map((r) => ({ key: r.key, label: r.names[locale], row: r })),
        },
        {
          id: 'support-by-category',
          key: 'byCategory',
          column: 'category',
          rows: f.byCategory.map((r) => ({ key: r.key, label: r.key === 'none' ? t('noCategory') : tc(r.key), row: r })),
        },
      ].map((fig) => (
        <Figure key={fig.id} id={fig.id} heading={t(fig.key)} chartLabel={t(`${fig.key}Chart`)} column={t(fig.column)} locale={locale} rows={fig.rows} />
      ))}
    </div>
  );
}
