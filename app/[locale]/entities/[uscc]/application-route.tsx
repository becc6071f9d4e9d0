// The objection and repair pages of an entity differ only by kind: one route module serves both.
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ApplicationPage } from '@/components/objections/application-page';
import type { ApplicationKind } from '@/lib/domain/objections';
import type { Locale } from '@/lib/domain/vocabulary';
import { ratingDate } from '@/lib/env';
import { findApplicationTarget, repairRefusal } from '@/lib/objections/application-target';
import { getPublicityCatalogue } from '@/lib/publicity/get-publicity-catalogue';

type Props = { params: Promise<{ locale: string; uscc: string }>; searchParams: Promise<{ record?: string }> };

/** The page's title (never indexed: the page carries a fresh token and challenge). */
export function applicationMetadata(kind: ApplicationKind) {
  return async function generateMetadata({ params }: Props): Promise<Metadata> {
    const { locale } = await params;
    const t = await getTranslations({ locale, namespace: 'Application' });
    return { title: t(kind === 'objection' ? 'objectionTitle' : 'repairTitle'), robots: { index: false } };
  };
}

/** The page: finds the entity and record (404 when there is none) and renders the form or the refusal. */
export function applicationRoute(kind: ApplicationKind) {
  return async function Page({ params, searchParams }: Props) {
    const { locale, uscc } = await params;
    setRequestLocale(locale);
    const { record } = await searchParams;
    const target = await findApplicationTarget(kind, uscc, typeof record === 'string' ? record : undefined);
    if (!target) notFound();
    return (
      <ApplicationPage
        kind={kind}
        locale={locale as Locale}
        target={target}
        refusal={repairRefusal(kind, target, ratingDate(), await getPublicityCatalogue())}
      />
    );
  };
}
