import { getLocale, getTranslations } from 'next-intl/server';
import { districtName } from '@/lib/reference/labels';
import type { Locale } from '@/lib/domain/vocabulary';
import { JINAN_DISTRICT_CODES } from '@/lib/reference/districts';
import { getStatsByDistrict } from '@/lib/stats/get-stats';
import { LevelBreakdownChart, type LevelBreakdownGroup } from './level-breakdown-chart';

/** Entities per district, stacked by credit level, in the official order of Jinan's divisions. */
export async function DistrictChart() {
  const [t, locale, rows] = await Promise.all([getTranslations('Stats'), getLocale() as Promise<Locale>, getStatsByDistrict()]);
  const order = (code: string | null) => {
    const i = code === null ? -1 : JINAN_DISTRICT_CODES.indexOf(code);
    return i === -1 ? JINAN_DISTRICT_CODES.length : i;
  };
  const groups: LevelBreakdownGroup[] = [...rows]
    .sort((a, b) => order(a.code) - order(b.code) || (a.code ?? '').localeCompare(b.code ?? ''))
    .map((g) => ({ ...g, key: g.code ?? 'none', label: g.code ? districtName(g.code, locale) : t('unknownDistrict') }));
  const top = [...groups].sort((a, b) => b.total - a.total)[0];
  return (
    <LevelBreakdownChart
      id="districts"
      heading={t('districtsHeading')}
      chartLabel={t('districtsChartLabel', {
        count: groups.length,
        top: top?.label ?? '',
        topCount: top?.total ?? 0,
      })}
      caption={t('districtsCaption')}
      groupColumn={t('columnDistrict')}
      groups={groups}
    />
  );
}
