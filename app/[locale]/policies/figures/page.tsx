import { getTranslations } from 'next-intl/server';
import { localizedMetadata, pageLocale } from '@/lib/i18n/page-metadata';
import type { Locale } from '@/lib/domain/vocabulary';
import { SupportFigures } from '@/components/policies/support-figures';
import { PageIntro } from '@/components/layout/page-intro';

// Static with incremental regeneration (README, "Caching"): generated on first request, kept in
// the shared page cache, expired by tag when the worker sees a change; its figures are tagged (policies).
export const revalidate = 3600;

// A JSON document, not a page: a plain link (no client-side navigation).
const API_PATH = '/api/v1/stats/support';

export const generateMetadata = localizedMetadata('SupportFigures', { description: 'intro' });

export default async function SupportFiguresPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await pageLocale(params);
  const t = await getTranslations('SupportFigures');
  return (
    <div className="space-y-6">
      <PageIntro as="header" heading={t('heading')} intro={t('intro')} links={[{ href: API_PATH, label: t('apiLink') }]} />
      <SupportFigures locale={locale as Locale} />
    </div>
  );
}
