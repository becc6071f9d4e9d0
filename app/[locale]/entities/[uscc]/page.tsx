import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { Locale } from '@/lib/domain/vocabulary';
import { ratingDate } from '@/lib/env';
import { getEntityProfile, type EntityProfile } from '@/lib/entities/get-entity-profile';
import { orNotFound } from '@/lib/or-not-found';
import { decodePathSegment } from '@/lib/path-segment';
import { getMeasuresForFirm } from '@/lib/measures/measures-for-firm';
import { EntityProfileView } from '@/components/entity/entity-profile';
import { LevelMeaning } from '@/components/entity/level-meaning';
import { SmallBusinessSection } from '@/components/policies/small-business-section';

// Static with incremental regeneration (README, "Caching"): generated on first request, kept in
// the shared page cache, expired by tag when the worker sees a change; the profile is tagged
// entity:{uscc}. Unknown or invalid codes are 404s, which the cache handler never stores.
export const revalidate = 3600;

/** No profile is generated at build: a million of them are generated on first request. */
export function generateStaticParams() {
  return [];
}

type Params = Promise<{ locale: string; uscc: string }>;

async function loadOr404(uscc: string): Promise<EntityProfile> {
  const code = decodePathSegment(uscc);
  if (code === null) notFound();
  return orNotFound(() => getEntityProfile(code, ratingDate()), ['not_found', 'invalid_uscc']);
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale, uscc } = await params;
  const profile = await loadOr404(uscc);
  const t = await getTranslations({ locale, namespace: 'Profile' });
  return {
    title: t('metaTitle', { name: profile.entity.name }),
    description: t('metaDescription', { name: profile.entity.name, uscc: profile.entity.uscc }),
    alternates: {
      types: { 'application/atom+xml': `/${locale}/entities/${profile.entity.uscc}/feed.atom` },
      languages: {
        'zh-CN': `/zh-CN/entities/${profile.entity.uscc}`,
        'zh-TW': `/zh-TW/entities/${profile.entity.uscc}`,
        en: `/en/entities/${profile.entity.uscc}`,
      },
    },
  };
}

export default async function EntityPage({ params }: { params: Params }) {
  const { locale, uscc } = await params;
  setRequestLocale(locale);
  const profile = await loadOr404(uscc);
  // The catalogue read is tagged `measures` (lib/measures/get-measure-catalogue.ts), so the page
  // carries that tag beside entity:{uscc} and a catalogue change expires it.
  const measures = await getMeasuresForFirm(profile, ratingDate());
  return (
    <>
      <EntityProfileView profile={profile} locale={locale as Locale} />
      <div className="mt-8">
        <LevelMeaning measures={measures} locale={locale as Locale} />
      </div>
      {/* Small and micro businesses (policies area): directory listing, support received, eligible policies. */}
      <div className="mt-8">
        <SmallBusinessSection uscc={profile.entity.uscc} locale={locale as Locale} />
      </div>
    </>
  );
}
