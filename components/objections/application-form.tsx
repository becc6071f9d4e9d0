'use client';
// The objection / credit-repair form. Works without JavaScript (a plain multipart POST to the Server
// Action; the page comes back with the errors and the answers kept) and is better with it: live
// character count, file checks before upload, and the proof-of-work solved in the background.
import { startTransition, useActionState, useEffect, useRef, useState } from 'react';
import { useTranslations } from 'next-intl';
import { APPLICANT_TYPES, EVIDENCE_LIMITS, OBJECTION_REASONS, POW_DIFFICULTY_BITS, type ApplicationKind } from '@/lib/domain/objections';
import type { FieldError } from '@/lib/objections/application-schema';
import { INITIAL_APPLICATION_FORM_STATE, type ApplicationFormState } from '@/lib/objections/form-state';

async function solve(challenge: string): Promise<string> {
  const encoder = new TextEncoder();
  for (let i = 0; ; i += 1) {
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', encoder.encode(`${challenge}:${i}`)));
    let bits = 0;
    for (const byte of digest) {
      if (byte === 0) {
        bits += 8;
        continue;
      }
      bits += Math.clz32(byte) - 24;
      break;
    }
    if (bits >= POW_DIFFICULTY_BITS) return String(i);
  }
}

interface Props {
  kind: ApplicationKind;
  action: (state: ApplicationFormState, form: FormData) => Promise<ApplicationFormState>;
  csrf: string;
  challenge: string;
  recordId: number | null;
  /** e.g. /zh-CN/objections/ — the tracking number is appended. */
  statusBase: string;
  profileHref: string;
  deadlineDays: number;
}

export function ApplicationForm({ kind, action, csrf, challenge, recordId, statusBase, profileHref, deadlineDays }: Props) {
  const t = useTranslations('Application');
  const te = useTranslations('ApplicationErrors');
  const [state, formAction, pending] = useActionState(action, INITIAL_APPLICATION_FORM_STATE);
  const [clientErrors, setClientErrors] = useState<FieldError[]>([]);
  const [working, setWorking] = useState(false);
  const [count, setCount] = useState((state.values.description ?? '').length);
  const summaryRef = useRef<HTMLDivElement>(null);
  // The proof of work starts in the background as soon as the page is interactive.
  const solution = useRef<Promise<string> | null>(null);
  const errors = clientErrors.length > 0 ? clientErrors : state.errors;

  useEffect(() => {
    if (!solution.current && typeof crypto !== 'undefined' && crypto.subtle) solution.current = solve(challenge);
  }, [challenge]);

  useEffect(() => {
    if (errors.length > 0) summaryRef.current?.focus();
  }, [errors]);

  if (state.receipt) {
    const r = state.receipt;
    return (
      <section aria-labelledby="received-heading" className="rounded border-4 border-green-700 bg-green-50 p-4" tabIndex={-1}>
        <h2 id="received-heading" className="text-xl font-bold">{t('receivedTitle')}</h2>
        {r.duplicate ? <p className="mt-2">{t('receivedDuplicate')}</p> : null}
        <dl className="mt-3 grid grid-cols-[8rem_1fr] gap-y-2">
          <dt className="font-semibold">{t('trackingNo')}</dt>
          <dd className="font-mono text-lg" data-testid="tracking-no">{r.trackingNo}</dd>
          <dt className="font-semibold">{t('accessCode')}</dt>
          <dd className="font-mono text-lg" data-testid="access-code">{r.accessCode}</dd>
          <dt className="font-semibold">{t('deadline')}</dt>
          <dd>{t('deadlineValue', { date: r.deadline, days: deadlineDays })}</dd>
        </dl>
        <p className="mt-3 font-semibold">{t('accessCodeNote')}</p>
        <p className="mt-3 flex flex-wrap gap-4">
          <a href={`${statusBase}${r.trackingNo}`} className="text-brand-700 underline">{t('viewStatus')}</a>
          <a href={profileHref} className="text-brand-700 underline">{t('backToProfile')}</a>
        </p>
      </section>
    );
  }

  const errorOf = (field: string) => errors.find((e) => e.field === field);
  const message = (e: FieldError) => te(e.code, e.params ?? {});
  const describedBy = (field: string, hint?: boolean) =>
    [hint ? `${field}-hint` : null, errorOf(field) ? `${field}-error` : null].filter(Boolean).join(' ') || undefined;
  const fieldError = (field: string) => {
    const e = errorOf(field);
    return e ? (
      <p id={`${field}-error`} className="mt-1 font-semibold text-red-700">
        <span className="sr-only">{t('errorPrefix')}</span>{message(e)}
      </p>
    ) : null;
  };
  const inputClass = (field: string) =>
    `mt-1 w-full rounded border-2 px-2 py-1.5 ${errorOf(field) ? 'border-red-700' : 'border-slate-500'}`;
  const v = state.values;

  function checkFiles(form: HTMLFormElement): FieldError[] {
    const input = form.elements.namedItem('evidence') as HTMLInputElement | null;
    const files = Array.from(input?.files ?? []);
    if (files.length > EVIDENCE_LIMITS.maxFiles) return [{ field: 'evidence', code: 'tooManyFiles', params: { max: EVIDENCE_LIMITS.maxFiles, count: files.length } }];
    const big = files.find((f) => f.size > EVIDENCE_LIMITS.maxBytes);
    if (big) return [{ field: 'evidence', code: 'fileTooLarge', params: { name: big.name, max: 10 } }];
    return [];
  }

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    // With JavaScript the browser posts nothing itself: checks first, then the proof of work, then
    // the Server Action with the same fields. (Without JavaScript the form posts natively.)
    event.preventDefault();
    const form = event.currentTarget;
    const fileErrors = checkFiles(form);
    setClientErrors(fileErrors);
    if (fileErrors.length > 0) return;
    const data = new FormData(form);
    // An untouched file input contributes one empty, nameless part: drop it.
    const files = data.getAll('evidence').filter((f) => typeof f === 'string' || f.size > 0 || f.name !== '');
    data.delete('evidence');
    for (const f of files) data.append('evidence', f);
    setWorking(true);
    void (solution.current ?? Promise.resolve(''))
      .catch(() => '')
      .then((pow) => {
        data.set('pow', pow);
        setWorking(false);
        startTransition(() => formAction(data));
      });
  }

  return (
    <form key={state.version} action={formAction} onSubmit={onSubmit} className="space-y-5" noValidate>
      {errors.length > 0 ? (
        <div ref={summaryRef} tabIndex={-1} role="alert" aria-labelledby="error-summary-title" className="border-4 border-red-700 bg-white p-4">
          <h2 id="error-summary-title" className="text-lg font-bold">{t('errorSummary')}</h2>
          <ul className="mt-2 list-disc space-y-1 pl-5">
            {errors.map((e) => (
              <li key={`${e.field}-${e.code}`}>
                {e.field === 'form' ? message(e) : <a href={`#${e.field}`} className="font-semibold text-red-700 underline">{message(e)}</a>}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <input type="hidden" name="csrf" value={csrf} />
      <input type="hidden" name="challenge" value={challenge} />
      {recordId !== null ? <input type="hidden" name="record" value={recordId} /> : null}

      <fieldset aria-describedby={describedBy('applicantType')}>
        <legend className="font-semibold">{t('applicantType')}</legend>
        {fieldError('applicantType')}
        <div className="mt-1 flex flex-wrap gap-4">
          {APPLICANT_TYPES.map((type, i) => (
            <label key={type} className="flex items-center gap-2">
              <input type="radio" name="applicantType" value={type} id={i === 0 ? 'applicantType' : undefined} defaultChecked={v.applicantType === type} className="h-5 w-5" />
              {t(`applicantTypes.${type}`)}
            </label>
          ))}
        </div>
      </fieldset>

      <div>
        <label htmlFor="applicantName" className="block font-semibold">{t('applicantName')}</label>
        {fieldError('applicantName')}
        <input id="applicantName" name="applicantName" defaultValue={v.applicantName} maxLength={100} autoComplete="name" className={inputClass('applicantName')} aria-invalid={!!errorOf('applicantName') || undefined} aria-describedby={describedBy('applicantName')} />
      </div>

      <div>
        <label htmlFor="applicantUscc" className="block font-semibold">{t('applicantUscc')}</label>
        <p id="applicantUscc-hint" className="text-sm text-slate-600">{t('applicantUsccHint')}</p>
        {fieldError('applicantUscc')}
        <input id="applicantUscc" name="applicantUscc" defaultValue={v.applicantUscc} maxLength={18} autoCapitalize="characters" spellCheck={false} className={`${inputClass('applicantUscc')} font-mono sm:w-72`} aria-invalid={!!errorOf('applicantUscc') || undefined} aria-describedby={describedBy('applicantUscc', true)} />
      </div>

      <fieldset>
        <legend className="font-semibold">{t('contactLegend')}</legend>
        <p className="text-sm text-slate-600">{t('contactHint')}</p>
        <div className="mt-2 grid gap-3 sm:grid-cols-2">
          <div>
            <label htmlFor="phone" className="block">{t('phone')}</label>
            {fieldError('phone')}
            <input id="phone" name="phone" type="tel" defaultValue={v.phone} autoComplete="tel" className={inputClass('phone')} aria-invalid={!!errorOf('phone') || undefined} aria-describedby={describedBy('phone')} />
          </div>
          <div>
            <label htmlFor="email" className="block">{t('email')}</label>
            {fieldError('email')}
            <input id="email" name="email" type="email" defaultValue={v.email} autoComplete="email" className={inputClass('email')} aria-invalid={!!errorOf('email') || undefined} aria-describedby={describedBy('email')} />
          </div>
        </div>
      </fieldset>

      {kind === 'objection' ? (
        <div>
          <label htmlFor="reason" className="block font-semibold">{t('reason')}</label>
          {fieldError('reason')}
          <select id="reason" name="reason" defaultValue={v.reason ?? ''} className={`${inputClass('reason')} bg-white sm:w-96`} aria-invalid={!!errorOf('reason') || undefined} aria-describedby={describedBy('reason')}>
            <option value="" />
            {OBJECTION_REASONS.map((r) => (
              <option key={r} value={r}>{t(`reasons.${r}`)}</option>
            ))}
          </select>
        </div>
      ) : null}

      <div>
        <label htmlFor="description" className="block font-semibold">{t('description')}</label>
        <p id="description-hint" className="text-sm text-slate-600">{t('descriptionHint', { max: EVIDENCE_LIMITS.descriptionMax })}</p>
        {fieldError('description')}
        <textarea id="description" name="description" rows={6} defaultValue={v.description} onChange={(e) => setCount(e.target.value.length)} className={inputClass('description')} aria-invalid={!!errorOf('description') || undefined} aria-describedby={describedBy('description', true)} />
        <p className={`text-sm ${count > EVIDENCE_LIMITS.descriptionMax ? 'font-semibold text-red-700' : 'text-slate-600'}`} aria-live="polite">
          {t('descriptionCount', { count, max: EVIDENCE_LIMITS.descriptionMax })}
        </p>
      </div>

      <div>
        <label htmlFor="evidence" className="block font-semibold">{t('evidence')}</label>
        <p id="evidence-hint" className="text-sm text-slate-600">
          {t(kind === 'repair' ? 'evidenceRepairHint' : 'evidenceHint', { files: EVIDENCE_LIMITS.maxFiles, mb: 10 })} {t('evidenceReselect')}
        </p>
        {fieldError('evidence')}
        <input id="evidence" name="evidence" type="file" multiple accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png" className="mt-1 block w-full" aria-invalid={!!errorOf('evidence') || undefined} aria-describedby={describedBy('evidence', true)} />
      </div>

      {kind === 'repair' ? (
        <div>
          {fieldError('commitment')}
          <label className="flex items-start gap-3">
            <input id="commitment" name="commitment" type="checkbox" value="yes" defaultChecked={v.commitment === 'yes'} className="mt-1 h-5 w-5 shrink-0" aria-describedby={describedBy('commitment')} />
            <span>{t('commitment')}</span>
          </label>
        </div>
      ) : null}

      <div>
        {fieldError('declaration')}
        <label className="flex items-start gap-3">
          <input id="declaration" name="declaration" type="checkbox" value="yes" defaultChecked={v.declaration === 'yes'} className="mt-1 h-5 w-5 shrink-0" aria-describedby={describedBy('declaration')} />
          <span>{t('declaration')}</span>
        </label>
      </div>

      <div className="flex items-center gap-4">
        <button type="submit" disabled={pending || working} className="rounded bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60">
          {pending ? t('submitting') : t('submit')}
        </button>
        <p aria-live="polite" className="text-sm text-slate-700">{working ? t('working') : ''}</p>
      </div>
    </form>
  );
}
