import { getTranslations } from 'next-intl/server';
import { PageIntro } from '@/components/layout/page-intro';
import { HeadedSection } from '@/components/ui/headed-section';
import { PublicityTable } from '@/components/publicity/publicity-table';
import { rulesInForce, upcomingRules } from '@/lib/domain/publicity';
import { ratingDate } from '@/lib/env';
import { localizedMetadata, pageLocale } from '@/lib/i18n/page-metadata';
import { getPublicityCatalogue } from '@/lib/publicity/get-publicity-catalogue';

// Static with incremental regeneration (README, "Caching"), like the measures page: generated on first
// request, kept in the shared page cache; the catalogue read is tagged (catalogue), so a change expires it.
export const revalidate = 3600;

export const generateMetadata = localizedMetadata('Catalogue');

export default async function CataloguePage({ params }: { params: Promise<{ locale: string }> }) {
  await pageLocale(params);
  const t = await getTranslations('Catalogue');
  const today = ratingDate();
  const catalogue = await getPublicityCatalogue();
  const upcoming = upcomingRules(catalogue, today);
  return (
    <div className="space-y-6">
      <PageIntro heading={t('heading')} intro={t('intro')} />
      <PublicityTable rules={rulesInForce(catalogue, today)} caption={t('tableCaption', { date: today })} anchors />
      <HeadedSection id="upcoming" heading={t('upcomingHeading')} headingClassName="mb-2 text-lg font-semibold">
        {upcoming.length === 0 ? <p className="text-slate-700">{t('upcomingNone')}</p> : <PublicityTable rules={upcoming} caption={t('upcomingHeading')} />}
      </HeadedSection>
      <p className="text-sm text-slate-700">{t('apiNote')}</p>
    </div>
  );
}
