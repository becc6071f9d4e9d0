import { getFormatter, getTranslations } from 'next-intl/server';
import { BarChart } from '@/components/ui/bar-chart';
import { CREDIT_LEVELS } from '@/lib/domain/vocabulary';
import type { LevelBreakdown } from '@/lib/stats/get-stats';
import { levelSeries } from './level-series';
import { StatsTable } from './stats-table';

export interface LevelBreakdownGroup extends LevelBreakdown {
  /** Stable key of the group (its code, or a word for "other"). */
  key: string;
  label: string;
}

export interface LevelBreakdownChartProps {
  /** Prefix of element ids, e.g. "districts". */
  id: string;
  heading: string;
  intro?: string;
  chartLabel: string;
  caption: string;
  /** Heading of the first table column, e.g. "District". */
  groupColumn: string;
  groups: readonly LevelBreakdownGroup[];
}

/** Entities per group (district, industry) stacked by credit level, with the numbers in a table. */
export async function LevelBreakdownChart({ id, heading, intro, chartLabel, caption, groupColumn, groups }: LevelBreakdownChartProps) {
  const [t, tl, format] = await Promise.all([getTranslations('Stats'), getTranslations('Levels'), getFormatter()]);
  const n = (v: number) => format.number(v);
  const totals = CREDIT_LEVELS.map((l) => groups.reduce((sum, g) => sum + g.counts[l], 0));
  const grand = totals.reduce((a, b) => a + b, 0);
  return (
    <section aria-labelledby={`stats-${id}-heading`} className="space-y-3">
      <h2 id={`stats-${id}-heading`} className="text-xl font-bold">
        {heading}
      </h2>
      {intro ? <p className="text-slate-700">{intro}</p> : null}
      <div className="grid items-start gap-6 lg:grid-cols-2">
        <BarChart
          id={id}
          label={chartLabel}
          describedBy={`stats-${id}-caption`}
          layout="stacked"
          legendLabel={t('legend')}
          series={levelSeries((l) => tl(l))}
          rows={groups.map((g) => ({
            key: g.key,
            label: g.label,
            values: CREDIT_LEVELS.map((l) => g.counts[l]),
            valueLabels: CREDIT_LEVELS.map((l) => n(g.counts[l])),
            totalLabel: n(g.total),
          }))}
        />
        <StatsTable
          captionId={`stats-${id}-caption`}
          caption={caption}
          columns={[groupColumn, ...CREDIT_LEVELS.map((l) => tl(l)), t('total')]}
          rows={groups.map((g) => ({
            key: g.key,
            label: g.label,
            cells: [...CREDIT_LEVELS.map((l) => n(g.counts[l])), n(g.total)],
          }))}
          footer={{ label: t('total'), cells: [...totals.map(n), n(grand)] }}
        />
      </div>
    </section>
  );
}
