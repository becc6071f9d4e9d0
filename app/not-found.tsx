import { LOCALES } from '@/lib/domain/vocabulary';
import { translator } from '@/lib/i18n/messages';
import { LocaleSection } from '@/components/errors/locale-section';

// 404 for paths outside any locale (e.g. /xx/...): no locale to go by, so all three languages,
// each with its lang attribute and a link to its home page.
export default function GlobalNotFound() {
  const [first, ...others] = LOCALES.map((locale) => ({ locale, t: translator(locale, 'NotFound') }));
  return (
    <html lang={first!.locale}>
      <body className="min-h-screen border-t-8 border-brand-700 bg-slate-50 font-sans text-slate-900 antialiased">
        <title>{`${first!.t('metaTitle')} · ${others.map(({ t }) => t('metaTitle')).join(' · ')}`}</title>
        <main className="mx-auto max-w-3xl space-y-6 px-4 py-6">
          {[first!, ...others].map(({ locale, t }, i) => {
            return (
              <LocaleSection key={locale} locale={locale} first={i === 0} heading={t('heading')} lead={t('body')}>
                <p className="mt-3">
                  <a href={`/${locale}`} className="inline-flex min-h-11 items-center text-brand-700 underline underline-offset-2 hover:text-brand-800">
                    {t('backHome')}
                  </a>
                </p>
              </LocaleSection>
            );
          })}
        </main>
      </body>
    </html>
  );
}
