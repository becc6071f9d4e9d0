import { NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations } from 'next-intl/server';
import { localizedMetadata, pageLocale } from '@/lib/i18n/page-metadata';
import type { Locale } from '@/lib/domain/vocabulary';
import { publicCsrfToken } from '@/lib/security/csrf';
import { VerifyForm } from '@/components/reports/verify-form';
import { verifyReportAction } from './actions';

// Each rendering carries a fresh anti-forgery token: never cached.
export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ locale: string }> };

export const generateMetadata = localizedMetadata('ReportVerify', { extra: { robots: { index: false } } });

/** /{locale}/verify: check a credit report by number and code, or by uploading it. */
export default async function VerifyPage({ params }: Props) {
  const locale = await pageLocale(params);
  const t = await getTranslations('ReportVerify');
  const messages = await getMessages();
  const profile = messages.Profile as Record<string, unknown>;
  const common = messages.Common as Record<string, unknown>;
  return (
    <div className="mx-auto max-w-3xl space-y-4">
      <h1 className="text-2xl font-bold">{t('heading')}</h1>
      <p className="text-slate-700">{t('intro')}</p>
      <NextIntlClientProvider
        messages={
          {
            ReportVerify: messages.ReportVerify,
            Levels: messages.Levels,
            Reasons: messages.Reasons,
            Profile: { noReasons: profile.noReasons, recordsCount: profile.recordsCount },
            Common: { localeName: common.localeName, notAvailable: common.notAvailable },
          } as never
        }
      >
        <VerifyForm action={verifyReportAction} csrf={publicCsrfToken()} locale={locale as Locale} />
      </NextIntlClientProvider>
    </div>
  );
}
