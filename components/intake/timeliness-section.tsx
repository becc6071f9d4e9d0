import { getFormatter, getTranslations } from 'next-intl/server';
import { BarChart, type BarChartSeries } from '@/components/ui/bar-chart';
import { StatsTable } from '@/components/stats/stats-table';

export interface TimelinessSectionRow {
  key: string;
  label: string;
  records: number;
  onTime: number;
  onTimeRate: number | null;
  averageLag: number | null;
  /** Working-day limit, shown for kinds. */
  limit?: number;
}

export interface TimelinessSectionProps {
  id: string;
  heading: string;
  chartLabel: string;
  caption: string;
  groupColumn: string;
  rows: readonly TimelinessSectionRow[];
}

/** Records collected on time and late per group (a stacked chart) with the rates in a table. */
export async function TimelinessSection({ id, heading, chartLabel, caption, groupColumn, rows }: TimelinessSectionProps) {
  const [t, format] = await Promise.all([getTranslations('Timeliness'), getFormatter()]);
  const n = (v: number) => format.number(v);
  const pct = (v: number | null) => (v === null ? t('notAvailable') : format.number(v, { style: 'percent', maximumFractionDigits: 1 }));
  const lag = (v: number | null) => (v === null ? t('notAvailable') : format.number(v, { maximumFractionDigits: 1 }));
  const series: BarChartSeries[] = [
    { key: 'on-time', label: t('seriesOnTime'), fill: '#166534', stroke: '#14532d', text: '#ffffff' },
    { key: 'late', label: t('seriesLate'), fill: '#fde68a', stroke: '#92400e', text: '#451a03', pattern: 'stripes' },
  ];
  const withLimit = rows.some((r) => r.limit !== undefined);
  return (
    <section aria-labelledby={`timeliness-${id}-heading`} className="space-y-3">
      <h2 id={`timeliness-${id}-heading`} className="text-xl font-bold">
        {heading}
      </h2>
      <div className="grid items-start gap-6">
        <BarChart
          id={`timeliness-${id}`}
          label={chartLabel}
          describedBy={`timeliness-${id}-caption`}
          layout="stacked"
          legendLabel={t('legend')}
          series={series}
          rows={rows.map((r) => ({
            key: r.key,
            label: r.label,
            values: [r.onTime, r.records - r.onTime],
            valueLabels: [n(r.onTime), n(r.records - r.onTime)],
            totalLabel: pct(r.onTimeRate),
          }))}
        />
        <StatsTable
          captionId={`timeliness-${id}-caption`}
          caption={caption}
          columns={[
            groupColumn,
            ...(withLimit ? [t('columnLimit')] : []),
            t('columnRecords'),
            t('columnOnTime'),
            t('columnLate'),
            t('columnRate'),
            t('columnAverageLag'),
          ]}
          rows={rows.map((r) => ({
            key: r.key,
            label: r.label,
            cells: [
              ...(withLimit ? [r.limit === undefined ? '' : n(r.limit)] : []),
              n(r.records),
              n(r.onTime),
              n(r.records - r.onTime),
              pct(r.onTimeRate),
              lag(r.averageLag),
            ],
          }))}
        />
      </div>
    </section>
  );
}
