import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { Locale } from '@/lib/domain/vocabulary';
import { templateInForce } from '@/lib/domain/commitments';
import { ratingDate } from '@/lib/env';
import { getCommitmentTemplates } from '@/lib/commitments/get-commitments';
import { BackLink } from '@/components/ui/back-link';
import { FactList } from '@/components/ui/fact-list';

// Static with incremental regeneration, expired by tag (tags.commitments) when staff change a template.
export const revalidate = 3600;

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Commitments' });
  return { title: t('templatesTitle'), description: t('templatesIntro') };
}

/** /{locale}/commitments/templates: the published 告知承诺书 per procedure (Jinan 2019 (一)1). */
export default async function CommitmentTemplatesPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('Commitments');
  const today = ratingDate();
  const templates = await getCommitmentTemplates();
  const l = locale as Locale;
  return (
    <div className="space-y-6">
      <BackLink href={`/${locale}/commitments`} label={t('backToList')} className="text-brand-700 underline" />
      <h1 className="text-2xl font-bold">{t('templatesTitle')}</h1>
      <p className="max-w-3xl text-slate-700">{t('templatesIntro')}</p>
      <ol className="space-y-4">
        {templates.map((p) => (
          <li key={p.id} id={p.procedureCode} data-testid="commitment-template" className="rounded border border-slate-200 bg-white p-4">
            <h2 className="text-lg font-semibold">{p.title[l]}</h2>
            <FactList
              className="mt-2 grid grid-cols-1 gap-x-4 gap-y-1 text-sm sm:grid-cols-[8rem_1fr]"
              termClassName="text-slate-600"
              rows={[
                [t('procedureCode'), p.procedureCode],
                [t('department'), p.department[l]],
                [
                  t('effective'),
                  `${p.effectiveTo ? t('effectiveRange', { from: p.effectiveFrom, to: p.effectiveTo }) : t('effectiveOpen', { from: p.effectiveFrom })} · ${
                    templateInForce(p, today) ? t('inForce') : t('notInForce')
                  }`,
                ],
                ...(p.legalBasis ? [[t('legalBasis'), p.legalBasis] as const] : []),
              ]}
            />
            <p className="mt-3 whitespace-pre-line">{p.text[l]}</p>
            <p className="mt-2 text-sm">
              <a href={`/${locale}/commitments?procedure=${p.procedureCode}`} className="text-brand-700 underline">
                {t('signedUnder')}
              </a>
            </p>
          </li>
        ))}
      </ol>
    </div>
  );
}
