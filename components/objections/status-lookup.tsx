'use client';
// Asks for the access code, then shows the application's status, deadline, reply and history.
// Works without JavaScript (the Server Action answers with the page).
import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { ErrorSummary } from '@/components/ui/error-summary';
import { Field } from '@/components/ui/field';
import type { StatusLookupState } from '@/app/[locale]/objections/[trackingNo]/actions';
import { HeadedSection } from '@/components/ui/headed-section';

export function StatusLookup({ action }: { action: (state: StatusLookupState, form: FormData) => Promise<StatusLookupState> }) {
  const t = useTranslations('ApplicationStatus');
  const [state, formAction, pending] = useActionState<StatusLookupState, FormData>(action, { version: 0, values: {}, errors: [] });
  const view = state.view;
  const accessCodeIssue = state.errors.find((e) => e.field === 'accessCode');
  const accessCodeError = accessCodeIssue ? t(accessCodeIssue.code, accessCodeIssue.params ?? {}) : undefined;
  if (view) {
    return (
      <div className="space-y-4">
        <p className="text-lg font-semibold">{t(`kind.${view.kind}`)}</p>
        <dl className="grid grid-cols-1 gap-y-1 sm:grid-cols-[8rem_1fr]">
          <dt className="font-semibold">{t('statusLabel')}</dt>
          <dd data-testid="application-status" data-status={view.status}>
            {t(`statuses.${view.status}`)}
          </dd>
        </dl>
        <p>{t('about', { name: view.entityName, uscc: view.uscc })}</p>
        {view.recordTitle ? <p>{t('record', { title: view.recordTitle })}</p> : null}
        <p>
          {t('submittedOn', { date: view.submittedOn })} · {t('deadline', { date: view.deadline })}
        </p>
        {view.reply ? (
          <HeadedSection id="reply-heading" heading={t('reply')} className="rounded border-l-4 border-brand-700 bg-white p-4" headingClassName="font-semibold">
            <p className="mt-1 whitespace-pre-wrap" data-testid="application-reply">
              {view.reply}
            </p>
          </HeadedSection>
        ) : null}
        <HeadedSection id="timeline-heading" heading={t('timeline')} headingClassName="font-semibold">
          <ol className="mt-2 space-y-2 border-l-2 border-slate-300 pl-4">
            {view.events.map((e, i) => (
              <li key={i}>
                <time className="text-sm text-slate-600">{e.at}</time>
                <p>{t(`events.${e.event}`)}</p>
                {e.note ? <p className="whitespace-pre-wrap text-slate-700">{e.note}</p> : null}
              </li>
            ))}
          </ol>
        </HeadedSection>
      </div>
    );
  }
  return (
    <form key={state.version} action={formAction} className="space-y-4" noValidate>
      <ErrorSummary
        items={state.errors.map((e) => ({ text: t(e.code, e.params ?? {}), field: e.field === 'form' ? undefined : e.field }))}
        focusKey={state.errors}
      />
      <p>{t('intro')}</p>
      <Field
        id="accessCode"
        label={t('accessCode')}
        hint={t('accessCodeHint')}
        error={accessCodeError}
        errorPrefix={t('errorPrefix')}
        autoComplete="off"
        spellCheck={false}
        autoCapitalize="characters"
        inputClassName="font-mono sm:w-72"
      />
      <button type="submit" disabled={pending} className="rounded bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60">
        {t('submit')}
      </button>
    </form>
  );
}
