import { getTranslations } from 'next-intl/server';
import { hasLocale } from 'next-intl';
import { routing } from '@/lib/i18n/routing';
import { env, ratingDate } from '@/lib/env';
import { decodePathSegment } from '@/lib/path-segment';
import { isWellFormedUscc, normalizeCode } from '@/lib/uscc';
import { getCachedEntityFeedEvents } from '@/lib/feeds/get-feed-data';
import { atomResponse, dateToRfc3339, renderAtom } from '@/lib/feeds/atom';

// Static with incremental regeneration: kept in the page cache and expired by tag with the data
// it shows (lib/feeds/get-feed-data.ts); at most five minutes, like the `max-age=300` readers are told.
export const revalidate = 300;

export function generateStaticParams() {
  return [];
}

/** GET /{locale}/entities/{uscc}/feed.atom: every change to the firm's public record. */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string; uscc: string }> }) {
  const { locale, uscc: raw } = await params;
  const uscc = normalizeCode(decodePathSegment(raw) ?? '');
  if (!hasLocale(routing.locales, locale) || !isWellFormedUscc(uscc)) return new Response('Not found', { status: 404 });
  const today = ratingDate();
  const found = await getCachedEntityFeedEvents(uscc, today);
  if (!found) return new Response('Not found', { status: 404 });
  const t = await getTranslations({ locale, namespace: 'Lists' });
  const tk = await getTranslations({ locale, namespace: 'Kinds' });
  const tc = await getTranslations({ locale, namespace: 'Common' });
  const origin = env.SITE_URL;
  const key = { published: 'recordPublished', updated: 'recordUpdated', removed: 'recordRemoved' } as const;
  return atomResponse(
    renderAtom({
      id: `${origin}/${locale}/entities/${uscc}`,
      title: t('entityFeedTitle', { name: found.name }),
      updated: found.events[0] ? new Date(found.events[0].at).toISOString() : dateToRfc3339(today),
      selfLink: `${origin}/${locale}/entities/${uscc}/feed.atom`,
      alternateLink: `${origin}/${locale}/entities/${uscc}`,
      lang: locale,
      author: tc('siteName'),
      entries: found.events.map((ev) => ({
        id: `${origin}/records/${ev.recordId}/${ev.event}/${ev.date}`,
        title: t(key[ev.event], { title: ev.title }),
        updated: ev.event === 'published' || ev.event === 'removed' ? dateToRfc3339(ev.date) : new Date(ev.at).toISOString(),
        link: `${origin}/${locale}/entities/${uscc}#record-${ev.recordId}`,
        summary: [tk(ev.kind), ev.docNo].filter(Boolean).join(' · '),
      })),
    }),
  );
}
