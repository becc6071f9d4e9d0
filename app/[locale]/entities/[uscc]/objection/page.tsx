import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { Locale } from '@/lib/domain/vocabulary';
import { ApplicationPage } from '@/components/objections/application-page';

// Each rendering carries a fresh anti-forgery token and proof-of-work challenge: never cached.
export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ locale: string; uscc: string }>; searchParams: Promise<{ record?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Application' });
  return { title: t('objectionTitle'), robots: { index: false } };
}

export default async function Page({ params, searchParams }: Props) {
  const { locale, uscc } = await params;
  setRequestLocale(locale);
  const { record } = await searchParams;
  return <ApplicationPage kind="objection" locale={locale as Locale} uscc={uscc} record={typeof record === 'string' ? record : undefined} />;
}
