import { getTranslations } from 'next-intl/server';
import { localizedMetadata, pageLocale } from '@/lib/i18n/page-metadata';
import { LIST_SLUGS } from '@/lib/domain/vocabulary';
import { ratingDate } from '@/lib/env';
import { getListOverview } from '@/lib/lists/get-list-overview';
import { Link } from '@/lib/i18n/navigation';

// Static with incremental regeneration (README, "Caching"): generated on first request, kept in
// the shared page cache, expired by tag when the worker sees a change; its counts are tagged (lists).
export const revalidate = 3600;

export const generateMetadata = localizedMetadata('Lists');

export default async function ListsPage({ params }: { params: Promise<{ locale: string }> }) {
  await pageLocale(params);
  const [t, td] = await Promise.all([getTranslations('Lists'), getTranslations('DualPublicity')]);
  const counts = await getListOverview(ratingDate());
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t('indexHeading')}</h1>
      <p className="max-w-3xl text-slate-700">{t('indexIntro')}</p>
      <ul className="grid gap-4 sm:grid-cols-2">
        {LIST_SLUGS.map((slug) => (
          <li key={slug} className="rounded-lg bg-white p-5 shadow-sm ring-1 ring-slate-200">
            <h2 className="text-lg font-semibold">
              <Link href={`/lists/${slug}`} className="text-brand-700 underline underline-offset-2">
                {t(`names.${slug}`)}
              </Link>
            </h2>
            <p className="mt-1 text-sm text-slate-700">{t(`descriptions.${slug}`)}</p>
            <p className="mt-3 flex flex-wrap gap-3 text-sm">
              <span className="rounded bg-red-100 px-2 py-0.5 font-semibold text-red-900">{t('currentCount', { count: counts[slug].current })}</span>
              {slug !== 'joint-punishment' && (
                <span className="rounded bg-slate-200 px-2 py-0.5 font-semibold text-slate-800">{t('removedCount', { count: counts[slug].removed })}</span>
              )}
            </p>
          </li>
        ))}
      </ul>
      <p className="flex flex-wrap gap-x-6 gap-y-2">
        <Link href="/lists/recent-changes" className="text-brand-700 underline underline-offset-2">
          {t('recentChanges')}
        </Link>
        <Link href="/licences" className="text-brand-700 underline underline-offset-2">
          {td('listsLink')}
        </Link>
      </p>
    </div>
  );
}
