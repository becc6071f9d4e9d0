import { getFormatter, getTranslations } from 'next-intl/server';
import { localizedMetadata, pageLocale } from '@/lib/i18n/page-metadata';
import { DistrictChart } from '@/components/stats/district-chart';
import { IndustryChart } from '@/components/stats/industry-chart';
import { LevelChart } from '@/components/stats/level-chart';
import { ListsOverTimeChart } from '@/components/stats/lists-over-time-chart';
import { calendarDate } from '@/components/entity/format';
import { ratingDate } from '@/lib/env';
import { Link } from '@/lib/i18n/navigation';

// Static with incremental regeneration (README, "Caching"): generated on first request, kept in
// the shared page cache, expired by tag when the worker sees a change; its tables are tagged (level-counts, stats).
export const revalidate = 3600;

export const generateMetadata = localizedMetadata('Stats', { description: 'metaDescription' });

export default async function StatsPage({ params }: { params: Promise<{ locale: string }> }) {
  await pageLocale(params);
  const [t, tt, tm, format] = await Promise.all([getTranslations('Stats'), getTranslations('Timeliness'), getTranslations('CityMap'), getFormatter()]);
  const today = ratingDate();
  return (
    <div className="space-y-10">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold sm:text-3xl">{t('heading')}</h1>
        <p className="text-slate-700">{t('intro')}</p>
        <p className="text-sm text-slate-600">{t('asOf', { date: format.dateTime(calendarDate(today), { dateStyle: 'long', timeZone: 'Asia/Shanghai' }) })}</p>
        <p>
          <Link href="/stats/timeliness" className="text-brand-700 underline underline-offset-2">
            {tt('statsLink')}
          </Link>
        </p>
        <p>
          <Link href="/map" className="text-brand-700 underline underline-offset-2">
            {tm('statsLink')}
          </Link>
        </p>
      </header>
      <LevelChart />
      <ListsOverTimeChart today={today} />
      <DistrictChart />
      <IndustryChart />
    </div>
  );
}
