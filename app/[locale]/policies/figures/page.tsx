import { getTranslations, setRequestLocale } from 'next-intl/server';
import { localizedMetadata } from '@/lib/i18n/page-metadata';
import type { Locale } from '@/lib/domain/vocabulary';
import { SupportFigures } from '@/components/policies/support-figures';

// Static with incremental regeneration (README, "Caching"): generated on first request, kept in
// the shared page cache, expired by tag when the worker sees a change; its figures are tagged (policies).
export const revalidate = 3600;

// A JSON document, not a page: a plain link (no client-side navigation).
const API_PATH = '/api/v1/stats/support';

export const generateMetadata = localizedMetadata('SupportFigures', { description: 'intro' });

export default async function SupportFiguresPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('SupportFigures');
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold sm:text-3xl">{t('heading')}</h1>
        <p className="max-w-3xl text-slate-700">{t('intro')}</p>
        <p className="text-sm">
          <a href={API_PATH} className="text-brand-700 underline">
            {t('apiLink')}
          </a>
        </p>
      </header>
      <SupportFigures locale={locale as Locale} />
    </div>
  );
}
