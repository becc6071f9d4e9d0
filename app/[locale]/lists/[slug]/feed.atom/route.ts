import { getTranslations } from 'next-intl/server';
import { hasLocale } from 'next-intl';
import { routing } from '@/lib/i18n/routing';
import { env, ratingDate } from '@/lib/env';
import { isListSlug, LIST_KINDS } from '@/lib/lists/list-definitions';
import { getCachedListEvents } from '@/lib/feeds/get-feed-data';
import { atomResponse, dateToRfc3339, renderAtom } from '@/lib/feeds/atom';

// Static with incremental regeneration: kept in the page cache and expired by tag with the data
// it shows (lib/feeds/get-feed-data.ts); at most five minutes, like the `max-age=300` readers are told.
export const revalidate = 300;

export function generateStaticParams() {
  return [];
}

/** GET /{locale}/lists/{slug}/feed.atom: listings and removals, newest first. */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { locale, slug } = await params;
  if (!hasLocale(routing.locales, locale) || !isListSlug(slug)) return new Response('Not found', { status: 404 });
  const t = await getTranslations({ locale, namespace: 'Lists' });
  const tc = await getTranslations({ locale, namespace: 'Common' });
  const today = ratingDate();
  const events = await getCachedListEvents(LIST_KINDS[slug], today, 100);
  const origin = env.SITE_URL;
  const listName = t(`names.${slug}`);
  const xml = renderAtom({
    id: `${origin}/${locale}/lists/${slug}`,
    title: t('feedTitle', { list: listName }),
    updated: events[0] ? dateToRfc3339(events[0].date) : dateToRfc3339(today),
    selfLink: `${origin}/${locale}/lists/${slug}/feed.atom`,
    alternateLink: `${origin}/${locale}/lists/${slug}`,
    lang: locale,
    author: tc('siteName'),
    entries: events.map(({ entry, event, date }) => ({
      id: `${origin}/records/${entry.id}/${event}`,
      title: t(event === 'listed' ? 'feedEntryListed' : 'feedEntryRemoved', { name: entry.name, list: listName }),
      updated: dateToRfc3339(date),
      link: `${origin}/${locale}/entities/${entry.uscc}`,
      summary: [entry.uscc, entry.grounds, entry.authority[locale], entry.docNo, event === 'removed' ? entry.removalReason : null].filter(Boolean).join(' · '),
    })),
  });
  return atomResponse(xml);
}
