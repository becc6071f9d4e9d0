import { LOCALES } from '@/lib/domain/vocabulary';
import { translator } from '@/lib/i18n/messages';

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
            const Heading = i === 0 ? 'h1' : 'h2';
            return (
              <section key={locale} lang={locale} className={i === 0 ? '' : 'border-t border-slate-300 pt-4'}>
                <Heading className={i === 0 ? 'text-2xl font-bold' : 'text-lg font-bold'}>{t('heading')}</Heading>
                <p className="mt-2 text-slate-800">{t('body')}</p>
                <p className="mt-3">
                  <a href={`/${locale}`} className="inline-flex min-h-11 items-center text-brand-700 underline underline-offset-2 hover:text-brand-800">
                    {t('backHome')}
                  </a>
                </p>
              </section>
            );
          })}
        </main>
      </body>
    </html>
  );
}
