// The profile page's body and metadata, shared by page.tsx and q/[view] (?depth=2). Not a route file.
import { cache } from 'react';
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
import { RelatedFirmsSection } from '@/components/network/related-firms-section';
import { getRelatedNetwork } from '@/lib/network/get-related-network';

type Params = Promise<{ locale: string; uscc: string }>;

/**
 * One load per request: the metadata and the page both ask for the profile, and on a first visit
 * both missed the data cache together, so the firm was read, stored and sent to Redis twice.
 */
const profileOf = cache((code: string, today: string) => getEntityProfile(code, today));

async function loadOr404(uscc: string): Promise<EntityProfile> {
  const code = decodePathSegment(uscc);
  if (code === null) notFound();
  return orNotFound(() => profileOf(code, ratingDate()), ['not_found', 'invalid_uscc']);
}

export async function generateProfileMetadata({ params }: { params: Params }): Promise<Metadata> {
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

/** The profile with its related firms to `depth` (2: served from q/[view] for ?depth=2). */
export async function ProfileBody({ locale, uscc, depth }: { locale: string; uscc: string; depth: 1 | 2 }) {
  setRequestLocale(locale);
  const profile = await loadOr404(uscc);
  // Related firms (网图): cached in steps tagged by every firm and key they read (lib/network).
  const network = await getRelatedNetwork(profile.entity.uscc, depth);
  // The catalogue read is tagged `measures` (lib/measures/get-measure-catalogue.ts), so the page
  // carries that tag beside entity:{uscc} and a catalogue change expires it.
  const measures = await getMeasuresForFirm(profile, ratingDate());
  return (
    <>
      <EntityProfileView profile={profile} locale={locale as Locale} />
      <div className="mt-8">
        <LevelMeaning measures={measures} locale={locale as Locale} />
      </div>
      <div className="mt-8">
        <RelatedFirmsSection network={network} locale={locale as Locale} />
      </div>
      {/* Small and micro businesses (policies area): directory listing, support received, eligible policies. */}
      <div className="mt-8">
        <SmallBusinessSection uscc={profile.entity.uscc} locale={locale as Locale} />
      </div>
    </>
  );
}
