import { getTranslations } from 'next-intl/server';
import { localizedMetadata, pageLocale } from '@/lib/i18n/page-metadata';
import type { Locale } from '@/lib/domain/vocabulary';
import { ratingDate } from '@/lib/env';
import { getRecentListEvents } from '@/lib/lists/get-recent-list-events';
import { formatMediumDate } from '@/components/entity/format';

// Static with incremental regeneration (README, "Caching"): generated on first request, kept in
// the shared page cache, expired by tag when the worker sees a change; the events are tagged (lists).
export const revalidate = 3600;

const SLUG_OF_KIND = {
  abnormal_listing: 'abnormal-operations',
  serious_illegal_listing: 'serious-illegal',
  dishonest_debtor: 'dishonest-debtors',
  tax_violation: 'tax-violations',
  // Other departments' blacklists have no list of their own: their entries are joint-punishment targets.
  department_blacklist: 'joint-punishment',
} as const;

export const generateMetadata = localizedMetadata('Lists', { title: 'recentChanges' });

export default async function RecentChangesPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await pageLocale(params);
  const t = await getTranslations('Lists');
  const events = await getRecentListEvents(ratingDate(), 200);
  const fmt = (iso: string) => formatMediumDate(iso, locale);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t('recentChanges')}</h1>
      <p className="text-slate-700">{t('recentChangesIntro')}</p>
      <ol className="space-y-2">
        {events.map(({ entry, event, date }) => (
          <li key={`${entry.id}-${event}`} className="flex flex-wrap items-baseline gap-x-3 gap-y-1 rounded bg-white p-3 shadow-sm ring-1 ring-slate-200">
            <time dateTime={date} className="w-28 shrink-0 text-sm text-slate-600">
              {fmt(date)}
            </time>
            <span className={`rounded px-2 py-0.5 text-xs font-semibold ${event === 'listed' ? 'bg-red-700 text-white' : 'bg-slate-200 text-slate-900'}`}>
              {t(event === 'listed' ? 'eventListed' : 'eventRemoved')}
            </span>
            <a href={`/${locale}/entities/${entry.uscc}`} className="font-semibold text-brand-700 underline-offset-2 hover:underline">
              {entry.name}
            </a>
            <a href={`/${locale}/lists/${SLUG_OF_KIND[entry.kind]}`} className="text-sm text-slate-700 underline">
              {t(`names.${SLUG_OF_KIND[entry.kind]}`)}
            </a>
            <span className="text-sm text-slate-600">
              {entry.authority[locale as Locale]}
              {entry.docNo ? ` · ${entry.docNo}` : ''}
            </span>
          </li>
        ))}
      </ol>
    </div>
  );
}
