// The commitments list's body, shared by the default view (page.tsx) and each filtered view
// (q/[view], lib/cache/query-view.mjs). Not a route file.
import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { Locale } from '@/lib/domain/vocabulary';
import { ratingDate } from '@/lib/env';
import { orNotFound } from '@/lib/or-not-found';
import { commitmentQueryString, parseCommitmentQuery } from '@/lib/commitments/parse-commitment-query';
import { getCommitmentPage } from '@/lib/commitments/get-commitments';
import { CommitmentFilters } from '@/components/commitments/commitment-filters';
import { CommitmentEntryItem } from '@/components/commitments/commitment-entry-item';
import { Pagination } from '@/components/ui/pagination';
import { HeadedSection } from '@/components/ui/headed-section';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Commitments' });
  return { title: t('title'), description: t('intro'), alternates: { types: { 'application/atom+xml': `/${locale}/commitments/feed.atom` } } };
}

export async function CommitmentsPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('Commitments');
  const query = await orNotFound(async () => parseCommitmentQuery(await searchParams));
  const page = await getCommitmentPage(query, ratingDate());
  const exportHref = (format: string) => `/api/v1/commitments${commitmentQueryString(query, { format, lang: locale })}`;
  const button = 'rounded border px-3 py-1.5';
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">{t('title')}</h1>
        <p className="mt-1 max-w-3xl text-slate-700">{t('intro')}</p>
        <p className="mt-1">
          <a href={`/${locale}/commitments/templates`} className="text-brand-700 underline">
            {t('templatesLink')}
          </a>
        </p>
      </div>
      <div className="grid gap-6 md:grid-cols-[16rem_1fr]">
        <CommitmentFilters query={query} locale={locale as Locale} />
        <HeadedSection id="commitments-heading" heading={t('title')} className="min-w-0" headingClassName="sr-only">
          <div className="flex flex-wrap items-center justify-between gap-3">
            <p role="status" className="font-semibold" data-testid="commitment-total" data-total={page.total}>
              {page.capped ? t('resultCountCapped', { count: page.total }) : t('resultCount', { count: page.total })}
            </p>
            <p className="flex flex-wrap gap-3 text-sm">
              <a href={exportHref('csv')} className={`${button} border-brand-700 font-semibold text-brand-700`} download>
                {t('exportCsv')}
              </a>
              <a href={exportHref('jsonl')} className={`${button} border-brand-700 font-semibold text-brand-700`} download>
                {t('exportJsonl')}
              </a>
              <a href={`/${locale}/commitments/feed.atom`} className={`${button} border-slate-400 text-slate-800`}>
                {t('feed')}
              </a>
            </p>
          </div>
          {page.entries.length === 0 ? <p className="mt-4">{t('none')}</p> : null}
          <ol className="mt-4 space-y-3">
            {page.entries.map((e) => (
              <CommitmentEntryItem key={e.id} entry={e} locale={locale as Locale} />
            ))}
          </ol>
          {query.after || page.next ? (
            <Pagination
              label={t('pagination')}
              status={query.after ? t('laterPage') : t('firstPage')}
              previousHref={query.after ? `/${locale}/commitments${commitmentQueryString(query)}` : undefined}
              nextHref={page.next ? `/${locale}/commitments${commitmentQueryString(query, { after: page.next })}` : undefined}
              previousLabel={t('backToFirst')}
              nextLabel={t('next')}
            />
          ) : null}
        </HeadedSection>
      </div>
    </div>
  );
}
