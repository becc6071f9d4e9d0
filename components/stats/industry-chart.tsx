import { getLocale, getTranslations } from 'next-intl/server';
import { industryName } from '@/lib/reference/labels';
import type { Locale } from '@/lib/domain/vocabulary';
import { getStatsByIndustry } from '@/lib/stats/get-stats';
import { LevelBreakdownChart, type LevelBreakdownGroup } from './level-breakdown-chart';

/** How many industry divisions get a bar of their own; the rest are summed as "other". */
const TOP_INDUSTRIES = 15;

/** Entities per industry division (the 15 largest, then "other"), stacked by credit level. */
export async function IndustryChart() {
  const [t, locale, rows] = await Promise.all([getTranslations('Stats'), getLocale() as Promise<Locale>, getStatsByIndustry()]);
  // Entities without a recorded industry join "other" rather than taking a top-15 place.
  const coded = rows.filter((r) => r.code !== null).sort((a, b) => b.total - a.total || a.code!.localeCompare(b.code!));
  const top = coded.slice(0, TOP_INDUSTRIES);
  const rest = [...coded.slice(TOP_INDUSTRIES), ...rows.filter((r) => r.code === null)];
  const groups: LevelBreakdownGroup[] = top.map((g) => ({ ...g, key: g.code!, label: industryName(g.code!, locale) }));
  if (rest.length > 0) {
    const other: LevelBreakdownGroup = { key: 'other', code: null, label: t('otherIndustries'), counts: { green: 0, yellow: 0, red: 0, black: 0 }, total: 0 };
    for (const r of rest) {
      for (const level of Object.keys(r.counts) as (keyof typeof r.counts)[]) other.counts[level] += r.counts[level];
      other.total += r.total;
    }
    groups.push(other);
  }
  const first = groups[0];
  return (
    <LevelBreakdownChart
      id="industries"
      heading={t('industriesHeading')}
      intro={t('industriesIntro', { count: TOP_INDUSTRIES })}
      chartLabel={t('industriesChartLabel', { count: top.length, top: first?.label ?? '', topCount: first?.total ?? 0 })}
      caption={t('industriesCaption')}
      groupColumn={t('columnIndustry')}
      groups={groups}
    />
  );
}
