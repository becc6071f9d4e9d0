import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { pageLocale } from '@/lib/i18n/page-metadata';
import { SearchBox } from '@/components/search/search-box';
import { LevelCounts } from '@/components/entity/level-counts';
import { LevelLegend } from '@/components/entity/level-legend';

// Static with incremental regeneration (README, "Caching"): generated on first request, kept in
// the shared page cache, expired by tag when the worker sees a change; the level counts refresh with every
// change (tag level-counts) and at least hourly.
export const revalidate = 3600;

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Home' });
  return { title: { absolute: t('metaTitle') }, description: t('metaDescription') };
}

export default async function HomePage({ params }: { params: Promise<{ locale: string }> }) {
  await pageLocale(params);
  const t = await getTranslations('Home');
  return (
    <div className="space-y-10">
      <section aria-labelledby="home-heading" className="rounded-lg bg-white p-5 shadow-sm ring-1 ring-slate-200 sm:p-8">
        <h1 id="home-heading" className="text-2xl font-bold sm:text-3xl">
          {t('heading')}
        </h1>
        <p className="mt-2 mb-6 text-slate-700">{t('intro')}</p>
        <SearchBox autoFocus />
      </section>
      <LevelCounts />
      <LevelLegend />
    </div>
  );
}
