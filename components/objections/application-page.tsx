import { NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations } from 'next-intl/server';
import { submitApplicationAction } from '@/app/[locale]/entities/[uscc]/actions';
import { REVIEW_WORKING_DAYS, type ApplicationKind } from '@/lib/domain/objections';
import { LISTING_KINDS, type Locale } from '@/lib/domain/vocabulary';
import { appSecret } from '@/lib/env';
import type { ApplicationTarget, RepairRefusal } from '@/lib/objections/application-target';
import { issueChallenge } from '@/lib/objections/proof-of-work';
import { publicCsrfToken } from '@/lib/security/csrf';
import { ApplicationForm } from './application-form';
import { HeadedSection } from '@/components/ui/headed-section';
import { LinkLine } from '@/components/ui/link-line';

/** Record kinds whose repair conditions the page explains (Application.repairConditions.*). */
const repairConditionKinds: readonly string[] = ['penalty', ...LISTING_KINDS];

/** The objection or repair page of an entity (and one of its records); the route finds the target. */
export async function ApplicationPage({
  kind,
  locale,
  target,
  refusal: refused,
}: {
  kind: ApplicationKind;
  locale: Locale;
  target: ApplicationTarget;
  refusal: RepairRefusal | null;
}) {
  const t = await getTranslations('Application');
  const messages = await getMessages();
  const profileHref = `/${locale}/entities/${target.uscc}`;
  const days = REVIEW_WORKING_DAYS[kind];
  const refusal = refused === null ? null : refused.code === 'notRepairable' ? t('notRepairable') : t('notYetEligible', { date: refused.date });

  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <div>
        <LinkLine href={profileHref} label={t('backToProfile')} />
        <h1 className="mt-2 text-2xl font-bold">{t(kind === 'objection' ? 'objectionTitle' : 'repairTitle')}</h1>
        <p className="mt-2 text-slate-700">{t(kind === 'objection' ? 'objectionIntro' : 'repairIntro', { days })}</p>
      </div>
      <HeadedSection
        id="about-heading"
        heading={t('aboutEntity', { name: target.entityName, uscc: target.uscc })}
        className="rounded bg-white p-4 shadow-sm"
        headingClassName="font-semibold"
      >
        {target.record ? (
          <div className="mt-2">
            <p className="text-sm text-slate-600">{t('aboutRecord')}</p>
            <p className="font-semibold">{target.record.title}</p>
            <p className="text-sm">
              {t('recordDepartment', { department: target.record.departmentName })} · {t('recordDate', { date: target.record.decisionDate })}
            </p>
          </div>
        ) : (
          <p className="mt-2 text-sm text-slate-700">{t('noRecord')}</p>
        )}
        {kind === 'repair' && target.record && repairConditionKinds.includes(target.record.kind) ? (
          <div className="mt-3 border-t pt-3" data-testid="repair-conditions">
            <h3 className="font-semibold">{t('repairConditionsHeading')}</h3>
            <p className="text-sm text-slate-800">{t(`repairConditions.${target.record.kind}`)}</p>
          </div>
        ) : null}
      </HeadedSection>
      {refusal ? (
        <p role="alert" className="border-l-4 border-amber-600 bg-amber-50 p-4 font-semibold">
          {refusal}
        </p>
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
