import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server';
import { isValidTrackingNo } from '@/lib/objections/tracking';
import { decodePathSegment } from '@/lib/path-segment';
import { StatusLookup } from '@/components/objections/status-lookup';
import { lookupApplicationAction } from './actions';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ locale: string; trackingNo: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, trackingNo } = await params;
  const t = await getTranslations({ locale, namespace: 'ApplicationStatus' });
  return { title: t('metaTitle', { trackingNo: (decodePathSegment(trackingNo) ?? '').slice(0, 40) }), robots: { index: false } };
}

export default async function ApplicationStatusPage({ params }: Props) {
  const { locale, trackingNo: raw } = await params;
  setRequestLocale(locale);
  const trackingNo = (decodePathSegment(raw) ?? '').toUpperCase();
  // Whether the number exists is only revealed with the right access code.
  if (!isValidTrackingNo(trackingNo)) notFound();
  const t = await getTranslations('ApplicationStatus');
  const messages = await getMessages();
  return (
    <div className="mx-auto max-w-2xl space-y-4">
      <h1 className="text-2xl font-bold">{t('heading')}</h1>
      <p className="font-mono">{t('trackingNo', { trackingNo })}</p>
      <NextIntlClientProvider messages={{ ApplicationStatus: messages.ApplicationStatus }}>
        <StatusLookup action={lookupApplicationAction.bind(null, trackingNo)} />
      </NextIntlClientProvider>
    </div>
  );
}
