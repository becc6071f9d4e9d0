import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { Locale } from '@/lib/domain/vocabulary';
import { ratingDate } from '@/lib/env';
import { getMeasuresInForce } from '@/lib/measures/get-measures-in-force';
import { MeasureCatalogue } from '@/components/measures/measure-catalogue';

// Static with incremental regeneration (README, "Caching"), like the lists page: generated on first
// request, kept in the shared page cache; the catalogue is tagged (measures), so a change expires it.
export const revalidate = 3600;

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Measures' });
  return { title: t('metaTitle') };
}

export default async function MeasuresPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('Measures');
  const measures = await getMeasuresInForce(ratingDate());
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t('heading')}</h1>
      <p className="max-w-3xl text-slate-700">{t('intro')}</p>
      <MeasureCatalogue measures={measures} locale={locale as Locale} />
    </div>
  );
}
