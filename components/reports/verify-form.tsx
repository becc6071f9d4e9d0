'use client';
// The report check: number and code, or the PDF itself. Works without JavaScript (the Server
// Action answers with the page); errors follow the GOV.UK pattern (a summary linking to each
// field, hints and errors tied to the field, answers kept).
import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import type { Locale } from '@/lib/domain/vocabulary';
import type { VerifyField, VerifyFormState } from '@/lib/reports/answer-verification';
import { CsrfField } from '@/components/forms/csrf-field';
import { ReportVerificationView } from './report-verification';

type Action = (state: VerifyFormState, form: FormData) => Promise<VerifyFormState>;

const INITIAL: VerifyFormState = { version: 0, values: { reportNo: '', code: '' }, errors: [] };
const inputClass = 'mt-1 w-full rounded border-2 border-slate-500 px-2 py-1.5 font-mono sm:w-96';

export function VerifyForm({ action, csrf, locale }: { action: Action; csrf: string; locale: Locale }) {
  const t = useTranslations('ReportVerify');
  const [state, formAction, pending] = useActionState(action, INITIAL);
  const message = (code: VerifyFormState['errors'][number]['code']) => t(`errors.${code}`, { seconds: state.seconds ?? 60 });
  const errorOf = (field: VerifyField) => state.errors.find((e) => e.field === field);
  const describedBy = (field: VerifyField) => [`${field}-hint`, errorOf(field) ? `${field}-error` : null].filter(Boolean).join(' ');
  const fieldError = (field: VerifyField) => {
    const error = errorOf(field);
    return error ? (
      <p id={`${field}-error`} className="mt-1 font-semibold text-red-800">
        <span className="sr-only">{t('errorPrefix')} </span>
        {message(error.code)}
      </p>
    ) : null;
  };
  const outcome = state.outcome;

  return (
    <div className="space-y-6">
      {outcome ? (
        <div
          role="status"
          data-testid="verify-outcome"
          data-genuine={outcome.genuine}
          className={`border-l-8 bg-white p-4 ${outcome.genuine ? 'border-green-700' : 'border-red-700'}`}
        >
          <p className="text-xl font-bold">{outcome.genuine ? t('genuine') : t('notGenuine')}</p>
          <p className="mt-1">{t(`outcomes.${outcome.reason}`, { reportNo: outcome.reportNo ?? '' })}</p>
        </div>
      ) : null}
      {state.report ? <ReportVerificationView report={state.report} locale={locale} /> : null}
      {outcome ? (
        <p>
          <a href={`/${locale}/verify`} className="text-brand-700 underline">
            {t('checkAnother')}
          </a>
        </p>
      ) : null}
      <form key={state.version} action={formAction} className="space-y-5" noValidate>
        {state.errors.length > 0 ? (
          <div role="alert" aria-labelledby="verify-error-summary" tabIndex={-1} className="border-4 border-red-700 bg-white p-4">
            <h2 id="verify-error-summary" className="text-lg font-bold">
              {t('errorSummary')}
            </h2>
            <ul className="mt-2 list-disc pl-6">
              {state.errors.map((e) => (
                <li key={`${e.field}-${e.code}`}>
                  {e.field ? (
                    <a href={`#${e.field}`} className="font-semibold text-red-800 underline">
                      {message(e.code)}
                    </a>
                  ) : (
                    <span className="font-semibold text-red-800">{message(e.code)}</span>
                  )}
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        <CsrfField token={csrf} />
        <div>
          <label htmlFor="reportNo" className="block font-semibold">
            {t('reportNo')}
          </label>
          <p id="reportNo-hint" className="text-sm text-slate-600">
            {t('reportNoHint')}
          </p>
          {fieldError('reportNo')}
          <input
            id="reportNo"
            name="reportNo"
            defaultValue={state.values.reportNo}
            autoComplete="off"
            spellCheck={false}
            autoCapitalize="characters"
            aria-describedby={describedBy('reportNo')}
            aria-invalid={errorOf('reportNo') ? true : undefined}
            className={inputClass}
          />
        </div>
        <div>
          <label htmlFor="code" className="block font-semibold">
            {t('code')}
          </label>
          <p id="code-hint" className="text-sm text-slate-600">
            {t('codeHint')}
          </p>
          {fieldError('code')}
          <input
            id="code"
            name="code"
            defaultValue={state.values.code}
            autoComplete="off"
            spellCheck={false}
            autoCapitalize="characters"
            aria-describedby={describedBy('code')}
            aria-invalid={errorOf('code') ? true : undefined}
            className={`${inputClass} sm:w-40`}
          />
        </div>
        <div>
          <label htmlFor="file" className="block font-semibold">
            {t('file')}
          </label>
          <p id="file-hint" className="text-sm text-slate-600">
            {t('fileHint')}
          </p>
          {fieldError('file')}
          <input
            id="file"
            name="file"
            type="file"
            accept="application/pdf,.pdf"
            aria-describedby={describedBy('file')}
            aria-invalid={errorOf('file') ? true : undefined}
            className="mt-1 block"
          />
        </div>
        <button type="submit" disabled={pending} className="rounded bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60">
          {t('submit')}
        </button>
      </form>
    </div>
  );
}
