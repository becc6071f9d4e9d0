import { hasLocale } from 'next-intl';
import { routing } from '@/lib/i18n/routing';
import { translator } from '@/lib/i18n/messages';
import { env, ratingDate } from '@/lib/env';
import { getRecentResults } from '@/lib/inspections/get-inspections';
import { atomResponse, dateToRfc3339, renderAtom } from '@/lib/feeds/atom';

// Static with incremental regeneration: kept in the page cache and expired by tag (inspections)
// with the results it shows; at most five minutes.
export const revalidate = 300;

export function generateStaticParams() {
  return [];
}

/** GET /{locale}/inspections/feed.atom: the newest inspection results, newest first. */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return new Response('Not found', { status: 404 });
  // The plain translator (not next-intl's request-scoped one): the feed needs no React context.
  const t = translator(locale, 'Inspections');
  const tc = translator(locale, 'Common');
  const results = await getRecentResults(null, 100);
  const origin = env.SITE_URL;
  const xml = renderAtom({
    id: `${origin}/${locale}/inspections`,
    title: t('feedTitle'),
    updated: dateToRfc3339(results[0]?.inspectedOn ?? ratingDate()),
    selfLink: `${origin}/${locale}/inspections/feed.atom`,
    alternateLink: `${origin}/${locale}/inspections`,
    lang: locale,
    author: tc('siteName'),
    entries: results.map((r) => ({
      id: `${origin}/inspections/targets/${r.id}`,
      title: t('feedEntry', { name: r.name, result: r.result ? t(`results.${r.result}`) : '', plan: r.planTitle }),
      updated: dateToRfc3339(r.inspectedOn ?? ratingDate()),
      link: `${origin}/${locale}/inspections/${r.planId}`,
      summary: [r.uscc, r.department[locale], r.docNo, r.correctionDeadline, r.findings].filter(Boolean).join(' · '),
    })),
  });
  return atomResponse(xml);
}
