import { getFormatter, getTranslations } from 'next-intl/server';
import { localizedMetadata, pageLocale } from '@/lib/i18n/page-metadata';
import { TimelinessSection } from '@/components/intake/timeliness-section';
import { calendarDate } from '@/components/entity/format';
import type { Locale } from '@/lib/domain/vocabulary';
import { ratingDate } from '@/lib/env';
import { Link } from '@/lib/i18n/navigation';
import { getTimelinessReport } from '@/lib/stats/get-timeliness';
import { DUAL_PUBLICATION_LIMIT } from '@/lib/domain/dual-publicity';

// Static with incremental regeneration (README, "Caching"): generated on first request, kept in
// the shared page cache, expired by tag when the worker sees a change; its report is tagged (stats).
export const revalidate = 3600;

const API_PATH = '/api/v1/stats/timeliness';

export const generateMetadata = localizedMetadata('Timeliness', { description: 'metaDescription' });

export default async function TimelinessPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await pageLocale(params);
  const [t, tk, td, format, report] = await Promise.all([
    getTranslations('Timeliness'),
    getTranslations('Kinds'),
    getTranslations('DualPublicity'),
    getFormatter(),
    getTimelinessReport(ratingDate()),
  ]);
  const date = (iso: string) => format.dateTime(calendarDate(iso), { dateStyle: 'long', timeZone: 'Asia/Shanghai' });
  const pct = (v: number | null) => (v === null ? t('notAvailable') : format.number(v, { style: 'percent', maximumFractionDigits: 1 }));
  const departments = report.departments.map((d) => ({ key: d.code, label: d.name[locale as Locale] ?? d.code, ...d }));
  // 双公示 (Jieshou 2020 四, Jinan 2019 (十五)1): licences and penalties published within 7 working days.
  const dual = report.kinds.filter((k) => k.kind === 'licence' || k.kind === 'penalty');
  const best = [...departments].filter((d) => d.onTimeRate !== null).sort((a, b) => (b.onTimeRate ?? 0) - (a.onTimeRate ?? 0))[0];
  return (
    <div className="space-y-10">
      <header className="space-y-2">
        <p className="text-sm">
          <Link href="/stats" className="text-brand-700 underline underline-offset-2">
            {t('backToStats')}
          </Link>
        </p>
        <h1 className="text-2xl font-bold sm:text-3xl">{t('heading')}</h1>
        <p className="text-slate-700">{t('intro', { short: report.rules.shortLimit, long: report.rules.longLimit })}</p>
        <p className="text-sm text-slate-600">{t('window', { from: date(report.from), to: date(report.to) })}</p>
        {report.total.records > 0 ? (
          <p className="text-lg font-semibold">
            {t('overall', { rate: pct(report.total.onTimeRate), onTime: report.total.onTime, records: report.total.records })}
          </p>
        ) : (
          <p>{t('empty')}</p>
        )}
      </header>
      {report.total.records > 0 ? (
        <>
          <TimelinessSection
            id="departments"
            heading={t('departmentsHeading')}
            chartLabel={t('departmentsChartLabel', { count: departments.length, top: best?.label ?? '', rate: pct(best?.onTimeRate ?? null) })}
            caption={t('departmentsCaption')}
            groupColumn={t('columnDepartment')}
            rows={departments}
          />
          <TimelinessSection
            id="kinds"
            heading={t('kindsHeading')}
            chartLabel={t('kindsChartLabel', { count: report.kinds.length })}
            caption={t('kindsCaption')}
            groupColumn={t('columnKind')}
            rows={report.kinds.map((k) => ({ key: k.kind, label: tk(k.kind), ...k }))}
          />
          {dual.length > 0 ? (
            <div className="space-y-2">
              <TimelinessSection
                id="dual-publicity"
                heading={td('timelinessHeading')}
                chartLabel={td('timelinessChartLabel', { limit: DUAL_PUBLICATION_LIMIT })}
                caption={td('timelinessCaption')}
                groupColumn={t('columnKind')}
                rows={dual.map((k) => ({ key: k.kind, label: tk(k.kind), ...k }))}
              />
              <p className="text-sm text-slate-700">
                {td('timelinessNote')}{' '}
                <Link href="/licences" className="text-brand-700 underline underline-offset-2">
                  {td('names.licences')}
                </Link>{' '}
                ·{' '}
                <Link href="/penalties" className="text-brand-700 underline underline-offset-2">
                  {td('names.penalties')}
                </Link>
              </p>
            </div>
          ) : null}
        </>
      ) : null}
      <p className="text-sm text-slate-700">
        {t('apiNote')}{' '}
        <a href={API_PATH} className="text-brand-700 underline underline-offset-2">
          {API_PATH}
        </a>
      </p>
    </div>
  );
}
