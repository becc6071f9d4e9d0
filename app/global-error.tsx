'use client';
// The last resort: shown when the locale layout itself fails. It replaces the root layout, so it
// has its own <html>/<body> and styles, and no next-intl provider: it reads the error messages
// (lib/i18n/messages/errors, a few hundred bytes each) directly and shows all three languages,
// the visitor's (from the URL's locale prefix) first.
import { useSyncExternalStore } from 'react';
import { createTranslator } from 'next-intl';
import zhCN from '@/lib/i18n/messages/errors/zh-CN.json';
import zhTW from '@/lib/i18n/messages/errors/zh-TW.json';
import en from '@/lib/i18n/messages/errors/en.json';
import './globals.css';
import { LocaleSection } from '@/components/errors/locale-section';

const LOCALES = [
  { locale: 'zh-CN', messages: zhCN },
  { locale: 'zh-TW', messages: zhTW },
  { locale: 'en', messages: en },
] as const;
type Locale = (typeof LOCALES)[number]['locale'];

function localeOfPath(pathname: string): Locale {
  const first = pathname.split('/')[1] ?? '';
  return LOCALES.find((l) => l.locale.toLowerCase() === first.toLowerCase())?.locale ?? 'zh-CN';
}

const noSubscription = () => () => {};

export default function GlobalError({ error, retry }: { error: unknown; retry: () => void }) {
  // The server render cannot see the URL here (zh-CN first); the browser reorders on hydration.
  const first = useSyncExternalStore(
    noSubscription,
    () => localeOfPath(window.location.pathname),
    () => 'zh-CN' as const,
  );
  const digest = error instanceof Error && 'digest' in error && typeof error.digest === 'string' ? error.digest : undefined;
  const ordered = [...LOCALES].sort((a, b) => Number(b.locale === first) - Number(a.locale === first));
  const firstT = createTranslator({ locale: first, messages: ordered[0]!.messages, namespace: 'ErrorPage' });
  return (
    <html lang={first}>
      <body className="min-h-screen border-t-8 border-brand-700 bg-slate-50 font-sans text-slate-900 antialiased">
        <title>{firstT('title')}</title>
        <main className="mx-auto max-w-3xl space-y-6 px-4 py-6" data-testid="error-page">
          {ordered.map(({ locale, messages }, i) => {
            const t = createTranslator({ locale, messages, namespace: 'ErrorPage' });
            return (
              <LocaleSection key={locale} locale={locale} first={i === 0} heading={t('heading')} lead={t('lead')}>
                <div className="mt-3 flex flex-wrap items-center gap-4">
                  <button type="button" onClick={() => retry()} className="min-h-11 rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
                    {t('retry')}
                  </button>
                  {/* A full page load: the client router may be what failed. */}
                  <a href={`/${locale}`} className="inline-flex min-h-11 items-center text-brand-700 underline underline-offset-2">
                    {t('home')}
                  </a>
                </div>
              </LocaleSection>
            );
          })}
          {digest ? <p className="text-sm text-slate-600">{firstT('reference', { digest })}</p> : null}
        </main>
      </body>
    </html>
  );
}
