import type { ReactNode } from 'react';
import type { Metadata, Viewport } from 'next';
import { notFound } from 'next/navigation';
import { hasLocale, NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server';
import { env } from '@/lib/env';
import { routing } from '@/lib/i18n/routing';
import { SiteHeader } from '@/components/layout/site-header';
import { SiteFooter } from '@/components/layout/site-footer';
import { SkipLink } from '@/components/layout/skip-link';

// Pages are generated on their first request, not at build: a build needs no database, and
// what it would have generated from the build machine's data is never served. A page that
// needs nothing but messages (developers) lists its locales itself.
export function generateStaticParams() {
  return [];
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#0b4a8b' };

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: 'Common' });
  const tm = await getTranslations({ locale, namespace: 'SiteMeta' });
  // Static assets in public/ (drawn by scripts/make-icons.ts).
  const image = { url: '/og-image.png', width: 1200, height: 630, alt: tm('ogImageAlt') };
  return {
    title: { default: t('siteName'), template: `%s | ${t('siteShortName')}` },
    metadataBase: new URL(env.SITE_URL),
    icons: {
      icon: [
        { url: '/favicon.ico', sizes: '16x16 32x32 48x48' },
        { url: '/icon.svg', type: 'image/svg+xml' },
      ],
      apple: '/apple-touch-icon.png',
    },
    manifest: '/manifest.webmanifest',
    openGraph: { type: 'website', siteName: t('siteName'), locale: locale.replace('-', '_'), images: [image] },
    twitter: { card: 'summary_large_image', images: [image] },
  };
}

// Client components get only the namespaces they use.
// NotFound: the segments' not-found files are client components (see app/[locale]/entities/[uscc]/not-found.tsx).
const CLIENT_NAMESPACES = ['SearchBox', 'Levels', 'Common', 'ErrorPage', 'NotFound'] as const;

export default async function LocaleLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const messages = await getMessages();
  const clientMessages = Object.fromEntries(CLIENT_NAMESPACES.map((ns) => [ns, messages[ns]]));
  const t = await getTranslations('Common');
  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col bg-slate-50 font-sans text-slate-900 antialiased">
        <SkipLink label={t('skipToContent')} />
        <NextIntlClientProvider messages={clientMessages}>
          <SiteHeader />
          <main id="main" className="mx-auto w-full max-w-5xl flex-1 px-4 py-6 sm:py-8">
            {children}
          </main>
          <SiteFooter />
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
