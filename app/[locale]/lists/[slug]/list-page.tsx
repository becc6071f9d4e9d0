// The page's body, shared by the route without a query (the default view) and the route of
// each filtered view (q/[view]); see lib/cache/query-view.ts. Not a route file.
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { Locale } from '@/lib/domain/vocabulary';
import { ratingDate } from '@/lib/env';
import { orNotFound } from '@/lib/or-not-found';
import { isListSlug, LIST_KINDS } from '@/lib/lists/list-definitions';
import { listQueryString, MAX_LIST_DEPTH, parseListQuery } from '@/lib/lists/parse-list-query';
import { getListEntries } from '@/lib/lists/get-list-entries';
import { ListFilters } from '@/components/lists/list-filters';
import { ListEntryItem } from '@/components/lists/list-entry-item';
import { Pagination } from '@/components/ui/pagination';
import { ExportLinks } from '@/components/lists/export-links';
import { HeadedSection } from '@/components/ui/headed-section';

type Props = { params: Promise<{ locale: string; slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  if (!isListSlug(slug)) return {};
  const t = await getTranslations({ locale, namespace: 'Lists' });
  return {
    title: t(`names.${slug}`),
    description: t(`descriptions.${slug}`),
    alternates: { types: { 'application/atom+xml': `/${locale}/lists/${slug}/feed.atom` } },
  };
}

export async function ListPage({ params, searchParams }: Props) {
  const { locale, slug } = await params;
  if (!isListSlug(slug)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations('Lists');
  const query = await orNotFound(async () => parseListQuery(await searchParams));
  const today = ratingDate();
  const { entries, total } = await getListEntries(LIST_KINDS[slug], query, today);
  // Pages reach MAX_LIST_DEPTH entries deep; the exports hold the rest.
  const pages = Math.max(1, Math.min(Math.ceil(total / query.limit), Math.floor(MAX_LIST_DEPTH / query.limit)));
  const exportQuery = listQueryString({ ...query, page: 1, limit: 50 });
  const exportHref = (format: string) => `/api/v1/lists/${slug}${exportQuery}${exportQuery ? '&' : '?'}format=${format}&lang=${locale}`;
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">{t(`names.${slug}`)}</h1>
        <p className="mt-1 max-w-3xl text-slate-700">{t(`descriptions.${slug}`)}</p>
      </div>
      <div className="grid gap-6 md:grid-cols-[16rem_1fr]">
        <ListFilters slug={slug} query={query} locale={locale as Locale} />
        <HeadedSection id="entries-heading" heading={t(`names.${slug}`)} className="min-w-0" headingClassName="sr-only">
          <div className="flex flex-wrap items-center justify-between gap-3">
            <p role="status" className="font-semibold" data-testid="list-total" data-total={total}>
              {t('resultCount', { count: total })}
            </p>
            <ExportLinks
              csvHref={exportHref('csv')}
              jsonlHref={exportHref('jsonl')}
              feedHref={`/${locale}/lists/${slug}/feed.atom`}
              labels={{ csv: t('exportCsv'), jsonl: t('exportJsonl'), feed: t('feed') }}
            />
          </div>
          <p className="mt-1 text-sm text-slate-600">{t('exportNote')}</p>
          {total > MAX_LIST_DEPTH ? <p className="mt-1 text-sm text-slate-600">{t('depthNote', { max: MAX_LIST_DEPTH })}</p> : null}
          <ol className="mt-4 space-y-3">
            {entries.map((e) => (
              <ListEntryItem
                key={e.id}
                entry={e}
                locale={locale as Locale}
                showList={slug === 'joint-punishment' ? t(`names.${kindSlug(e.kind)}`) : undefined}
              />
            ))}
          </ol>
          {pages > 1 && (
            <Pagination
              label={t('pagination')}
              status={t('pageStatus', { page: query.page, pages })}
              previousHref={query.page > 1 ? `/${locale}/lists/${slug}${listQueryString(query, { page: query.page - 1 })}` : undefined}
              nextHref={query.page < pages ? `/${locale}/lists/${slug}${listQueryString(query, { page: query.page + 1 })}` : undefined}
              previousLabel={t('previous')}
              nextLabel={t('next')}
            />
          )}
        </HeadedSection>
      </div>
    </div>
  );
}

function kindSlug(kind: string): 'serious-illegal' | 'dishonest-debtors' | 'tax-violations' | 'abnormal-operations' | 'joint-punishment' {
  // Another department's blacklist has no list of its own: it is named as a joint-punishment target.
  if (kind === 'department_blacklist') return 'joint-punishment';
  return kind === 'serious_illegal_listing'
    ? 'serious-illegal'
    : kind === 'dishonest_debtor'
      ? 'dishonest-debtors'
      : kind === 'tax_violation'
        ? 'tax-violations'
        : 'abnormal-operations';
}
