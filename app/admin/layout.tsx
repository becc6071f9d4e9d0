import type { ReactNode } from 'react';
import type { Metadata, Viewport } from 'next';
import { getTranslations } from 'next-intl/server';
import { AdminHeader } from '@/components/admin/admin-header';
import { SkipLink } from '@/components/layout/skip-link';

// The back office is in Simplified Chinese (ARCHITECTURE: "not localised beyond zh-CN").
const LOCALE = 'zh-CN';

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#1e293b' };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations({ locale: LOCALE, namespace: 'Admin' });
  // Staff pages are never indexed.
  return { title: { default: t('metaTitle'), template: `%s | ${t('metaTitle')}` }, robots: { index: false, follow: false } };
}

export default async function AdminLayout({ children }: { children: ReactNode }) {
  const t = await getTranslations({ locale: LOCALE, namespace: 'Admin' });
  return (
    <html lang={LOCALE}>
      <body className="flex min-h-screen flex-col bg-slate-100 font-sans text-slate-900 antialiased">
        <SkipLink label={t('skipToContent')} />
        <AdminHeader />
        <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-6">
          {children}
        </main>
      </body>
    </html>
  );
}
