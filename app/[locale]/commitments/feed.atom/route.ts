import { getTranslations } from 'next-intl/server';
import { hasLocale } from 'next-intl';
import { routing } from '@/lib/i18n/routing';
import { env, ratingDate } from '@/lib/env';
import { getRecentCommitments } from '@/lib/commitments/get-commitments';
import { atomResponse, dateToRfc3339, renderAtom } from '@/lib/feeds/atom';

// Static with incremental regeneration: kept in the page cache and expired by tag (tags.commitments).
export const revalidate = 300;

export function generateStaticParams() {
  return [];
}

/** GET /{locale}/commitments/feed.atom: new commitments and status changes, newest first. */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return new Response('Not found', { status: 404 });
  const t = await getTranslations({ locale, namespace: 'Commitments' });
  const tc = await getTranslations({ locale, namespace: 'Common' });
  const today = ratingDate();
  const entries = await getRecentCommitments(today, 100);
  const origin = env.SITE_URL;
  const xml = renderAtom({
    id: `${origin}/${locale}/commitments`,
    title: t('feedTitle'),
    updated: entries[0] ? entries[0].updatedAt : dateToRfc3339(today),
    selfLink: `${origin}/${locale}/commitments/feed.atom`,
    alternateLink: `${origin}/${locale}/commitments`,
    lang: locale,
    author: tc('siteName'),
    entries: entries.map((e) => ({
      id: `${origin}/records/${e.id}/commitment/${e.status}`,
      title: t('feedEntry', { name: e.name, procedure: e.procedure?.[locale] ?? e.title, status: t(`status.${e.status}`) }),
      updated: e.updatedAt,
      link: `${origin}/${locale}/entities/${e.uscc}#record-${e.id}`,
      summary: [e.uscc, e.title, e.signedOn, e.department[locale], e.docNo].filter(Boolean).join(' · '),
    })),
  });
  return atomResponse(xml);
}
