import { notFound } from 'next/navigation';
import { NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations } from 'next-intl/server';
import { submitApplicationAction } from '@/app/[locale]/entities/[uscc]/actions';
import { getApplicationTarget } from '@/lib/db/queries/applications';
import { repairEligibleFrom, REVIEW_WORKING_DAYS, type ApplicationKind } from '@/lib/domain/objections';
import type { Locale } from '@/lib/domain/vocabulary';
import { appSecret, ratingDate } from '@/lib/env';
import { issueChallenge } from '@/lib/objections/proof-of-work';
import { decodePathSegment } from '@/lib/path-segment';
import { publicCsrfToken } from '@/lib/security/csrf';
import { isWellFormedUscc, normalizeCode } from '@/lib/uscc';
import { ApplicationForm } from './application-form';

/** The objection or repair page of an entity (and one of its records). */
export async function ApplicationPage({ kind, locale, uscc: rawUscc, record }: { kind: ApplicationKind; locale: Locale; uscc: string; record: string | undefined }) {
  const uscc = normalizeCode(decodePathSegment(rawUscc) ?? '');
  if (!isWellFormedUscc(uscc)) notFound();
  const recordId = record && /^\d{1,18}$/.test(record) ? Number(record) : null;
  if (kind === 'repair' && recordId === null) notFound();
  const target = await getApplicationTarget(uscc, recordId);
  if (!target) notFound();
  const t = await getTranslations('Application');
  const messages = await getMessages();
  const profileHref = `/${locale}/entities/${target.uscc}`;
  const days = REVIEW_WORKING_DAYS[kind];

  let refusal: string | null = null;
  if (kind === 'repair' && target.record) {
    if (target.record.kind !== 'penalty') refusal = t('notRepairable');
    else {
      const from = repairEligibleFrom(target.record.publicityStart ?? target.record.decisionDate, target.record.severity);
      if (ratingDate() < from) refusal = t('notYetEligible', { date: from });
    }
  }

  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <div>
        <p className="text-sm"><a href={profileHref} className="text-brand-700 underline">{t('backToProfile')}</a></p>
        <h1 className="mt-2 text-2xl font-bold">{t(kind === 'objection' ? 'objectionTitle' : 'repairTitle')}</h1>
        <p className="mt-2 text-slate-700">{t(kind === 'objection' ? 'objectionIntro' : 'repairIntro', { days })}</p>
      </div>
      <section aria-labelledby="about-heading" className="rounded bg-white p-4 shadow-sm">
        <h2 id="about-heading" className="font-semibold">{t('aboutEntity', { name: target.entityName, uscc: target.uscc })}</h2>
        {target.record ? (
          <div className="mt-2">
            <p className="text-sm text-slate-600">{t('aboutRecord')}</p>
            <p className="font-semibold">{target.record.title}</p>
            <p className="text-sm">{t('recordDepartment', { department: target.record.departmentName })} · {t('recordDate', { date: target.record.decisionDate })}</p>
          </div>
        ) : (
          <p className="mt-2 text-sm text-slate-700">{t('noRecord')}</p>
        )}
      </section>
      {refusal ? (
        <p role="alert" className="border-l-4 border-amber-600 bg-amber-50 p-4 font-semibold">{refusal}</p>
      ) : (
        <NextIntlClientProvider messages={{ Application: messages.Application, ApplicationErrors: messages.ApplicationErrors }}>
          <ApplicationForm
            kind={kind}
            action={submitApplicationAction.bind(null, kind, target.uscc)}
            csrf={publicCsrfToken()}
            challenge={issueChallenge(appSecret())}
            recordId={target.record?.id ?? null}
            statusBase={`/${locale}/objections/`}
            profileHref={profileHref}
            deadlineDays={days}
          />
        </NextIntlClientProvider>
      )}
    </div>
  );
}
