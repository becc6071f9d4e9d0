import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { Locale } from '@/lib/domain/vocabulary';
import { ratingDate } from '@/lib/env';
import { decodePathSegment } from '@/lib/path-segment';
import { getReportVerification, type ReportVerification } from '@/lib/reports/verify-report';
import { ReportVerificationView } from '@/components/reports/report-verification';
import { LinkLine } from '@/components/ui/link-line';

// The same for every visitor: static with incremental regeneration like the profile (README,
// "Caching"). What the report stated never changes; the firm's level today comes from the
// profile's data function, tagged entity:{uscc}, so a level change expires this page too.
// Unknown numbers are 404s, which the cache handler never stores.
export const revalidate = 3600;

export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ locale: string; reportNo: string }> };

async function loadOr404(raw: string): Promise<ReportVerification> {
  const report = await getReportVerification(decodePathSegment(raw) ?? '', ratingDate());
  if (!report) notFound();
  return report;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, reportNo } = await params;
  const report = await loadOr404(reportNo);
  const t = await getTranslations({ locale, namespace: 'ReportVerify' });
  // Report numbers are not for search engines: only those who hold a report follow its link.
  return { title: t('reportHeading', { reportNo: report.reportNo }), robots: { index: false } };
}

/** /{locale}/verify/{reportNo}: what the report stated when issued, and whether the level has changed since. */
export default async function ReportPage({ params }: Props) {
  const { locale, reportNo } = await params;
  setRequestLocale(locale);
  const report = await loadOr404(reportNo);
  const t = await getTranslations('ReportVerify');
  return (
    <div className="mx-auto max-w-3xl space-y-4">
      <LinkLine href={`/${locale}/verify`} label={t('heading')} />
      <ReportVerificationView report={report} locale={locale as Locale} />
    </div>
  );
}
