import 'server-only';
// The Atom feeds of the 双公示 lists (/{locale}/licences/feed.atom, /{locale}/penalties/feed.atom),
// shared by the two route files.
import { hasLocale } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import { routing } from '../i18n/routing';
import { env, ratingDate } from '../env';
import { DUAL_PUBLICATION_LIMIT, type DualSlug } from '../domain/dual-publicity';
import { atomResponse, dateToRfc3339, renderAtom } from '../feeds/atom';
import { getDualFeedEntries } from './get-dual-entries';

/** The feed of one list in `locale`: its 100 most recently published or changed entries; each entry's time is its publication day. */
export async function dualFeed(slug: DualSlug, locale: string): Promise<Response> {
  if (!hasLocale(routing.locales, locale)) return new Response('Not found', { status: 404 });
  const [t, tc] = await Promise.all([getTranslations({ locale, namespace: 'DualPublicity' }), getTranslations({ locale, namespace: 'Common' })]);
  const today = ratingDate();
  const entries = await getDualFeedEntries(slug, today, 100);
  const origin = env.SITE_URL;
  const listName = t(`names.${slug}`);
  const newest = entries.reduce<string | null>((max, e) => (max === null || e.publishedOn > max ? e.publishedOn : max), null);
  const xml = renderAtom({
    id: `${origin}/${locale}/${slug}`,
    title: t('feedTitle', { list: listName }),
    updated: dateToRfc3339(newest ?? today),
    selfLink: `${origin}/${locale}/${slug}/feed.atom`,
    alternateLink: `${origin}/${locale}/${slug}`,
    lang: locale,
    author: tc('siteName'),
    entries: entries.map((e) => ({
      id: `${origin}/records/${e.id}`,
      title: t('feedEntry', { name: e.name, title: e.title }),
      updated: dateToRfc3339(e.publishedOn),
      link: `${origin}/${locale}/entities/${e.uscc}`,
      summary: [
        e.uscc,
        e.docNo,
        e.department[locale],
        `${t('colDecisionDate')} ${e.decisionDate}`,
        `${t('colPublishedOn')} ${e.publishedOn}`,
        e.late ? t('late', { days: e.lagWorkingDays, limit: DUAL_PUBLICATION_LIMIT }) : t('onTime', { days: e.lagWorkingDays }),
      ]
        .filter(Boolean)
        .join(' · '),
    })),
  });
  return atomResponse(xml);
}
