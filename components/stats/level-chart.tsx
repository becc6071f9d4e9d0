import { getFormatter, getTranslations } from 'next-intl/server';
import { BarChart } from '@/components/ui/bar-chart';
import { CREDIT_LEVELS } from '@/lib/domain/vocabulary';
import { getStatsLevelCounts } from '@/lib/stats/get-stats';
import { levelSeries } from './level-series';
import { StatsTable } from './stats-table';
import { HeadedSection } from '@/components/ui/headed-section';

/** Entities by credit level: a bar per level in the badge colours, and the numbers in a table. */
export async function LevelChart() {
  const [t, tl, format, counts] = await Promise.all([getTranslations('Stats'), getTranslations('Levels'), getFormatter(), getStatsLevelCounts()]);
  const total = CREDIT_LEVELS.reduce((n, l) => n + counts[l], 0);
  const n = (v: number) => format.number(v);
  const share = (v: number) => format.number(total ? v / total : 0, { style: 'percent', maximumFractionDigits: 1 });
  const summary = format.list(
    CREDIT_LEVELS.map((l) => t('levelItem', { level: tl(l), count: counts[l] })),
    { type: 'unit' },
  );
  return (
    <HeadedSection id="stats-levels-heading" heading={t('levelsHeading')} className="space-y-3" headingClassName="text-xl font-bold">
      <div className="grid items-start gap-6 lg:grid-cols-2">
        <BarChart
          id="levels"
          label={t('levelsChartLabel', { total, summary })}
          describedBy="stats-levels-caption"
          layout="stacked"
          series={levelSeries((l) => tl(l))}
          rows={CREDIT_LEVELS.map((level) => ({
            key: level,
            label: tl(level),
            values: CREDIT_LEVELS.map((l) => (l === level ? counts[level] : 0)),
            valueLabels: CREDIT_LEVELS.map((l) => (l === level ? n(counts[level]) : '')),
            totalLabel: share(counts[level]),
          }))}
        />
        <StatsTable
          captionId="stats-levels-caption"
          caption={t('levelsCaption')}
          columns={[t('columnLevel'), t('columnEntities'), t('columnShare')]}
          rows={CREDIT_LEVELS.map((level) => ({
            key: level,
            label: tl(level),
            cells: [n(counts[level]), share(counts[level])],
          }))}
          footer={{ label: t('total'), cells: [n(total), share(total)] }}
        />
      </div>
    </HeadedSection>
  );
}
