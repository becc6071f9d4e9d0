import { getTranslations } from 'next-intl/server';
import { hasLocale } from 'next-intl';
import { routing } from '@/lib/i18n/routing';
import { env, ratingDate } from '@/lib/env';
import { getCachedNewestPolicies } from '@/lib/feeds/get-feed-data';
import { atomResponse, dateToRfc3339, renderAtom } from '@/lib/feeds/atom';

// Static with incremental regeneration: kept in the page cache and expired by tag with the data
// it shows (lib/feeds/get-feed-data.ts); at most five minutes, like the `max-age=300` readers are told.
export const revalidate = 300;

export function generateStaticParams() {
  return [];
}

/** GET /{locale}/policies/feed.atom: newly published support policies, newest first. */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return new Response('Not found', { status: 404 });
  const t = await getTranslations({ locale, namespace: 'Policies' });
  const tcat = await getTranslations({ locale, namespace: 'PolicyCategories' });
  const tc = await getTranslations({ locale, namespace: 'Common' });
  const policies = await getCachedNewestPolicies(100);
  const origin = env.SITE_URL;
  const xml = renderAtom({
    id: `${origin}/${locale}/policies`,
    title: t('feedTitle'),
    updated: policies[0]?.publishedOn ? dateToRfc3339(policies[0].publishedOn) : dateToRfc3339(ratingDate()),
    selfLink: `${origin}/${locale}/policies/feed.atom`,
    alternateLink: `${origin}/${locale}/policies`,
    lang: locale,
    author: tc('siteName'),
    entries: policies.map((p) => ({
      id: `${origin}/policies/${p.id}`,
      title: p.title,
      updated: p.updatedAt,
      link: `${origin}/${locale}/policies/${p.id}`,
      summary: [p.department[locale], tcat(p.category), p.docNo, p.benefits].filter(Boolean).join(' · '),
    })),
  });
  return atomResponse(xml);
}
