'use client';
// The objection / credit-repair form. Works without JavaScript (a plain multipart POST to the Server
// Action; the page comes back with the errors and the answers kept) and is better with it: live
// character count, file checks before upload, and the proof-of-work solved in the background.
import { startTransition, useActionState, useEffect, useRef, useState } from 'react';
import { useTranslations } from 'next-intl';
import { ErrorSummary } from '@/components/ui/error-summary';
import { CheckboxField, CheckboxGroup, controlAria, controlClass, Field, FieldShell, Fieldset } from '@/components/ui/field';
import { Textarea } from '@/components/ui/textarea';
import { APPLICANT_TYPES, EVIDENCE_LIMITS, OBJECTION_REASONS, POW_DIFFICULTY_BITS, type ApplicationKind } from '@/lib/domain/objections';
import { REPAIR_APPLICANT_ROLES, REPAIR_ROUTES } from '@/lib/domain/repair';
import type { FieldError } from '@/lib/objections/application-schema';
import { INITIAL_APPLICATION_FORM_STATE, type ApplicationFormState } from '@/lib/objections/form-state';
import { SelectOptions } from '@/components/ui/select-options';

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
  // The proof of work starts in the background as soon as the page is interactive.
  const solution = useRef<Promise<string> | null>(null);
  const errors = clientErrors.length > 0 ? clientErrors : state.errors;

  useEffect(() => {
    if (!solution.current && typeof crypto !== 'undefined' && crypto.subtle) solution.current = solve(challenge);
  }, [challenge]);

  if (state.receipt) {
    const r = state.receipt;
    return (
      <section aria-labelledby="received-heading" className="rounded border-4 border-green-700 bg-green-50 p-4" tabIndex={-1}>
        <h2 id="received-heading" className="text-xl font-bold">
          {t('receivedTitle')}
        </h2>
        {r.duplicate ? <p className="mt-2">{t('receivedDuplicate')}</p> : null}
        <dl className="mt-3 grid grid-cols-[8rem_1fr] gap-y-2">
          <dt className="font-semibold">{t('trackingNo')}</dt>
          <dd className="font-mono text-lg" data-testid="tracking-no">
            {r.trackingNo}
          </dd>
          <dt className="font-semibold">{t('accessCode')}</dt>
          <dd className="font-mono text-lg" data-testid="access-code">
            {r.accessCode}
          </dd>
          <dt className="font-semibold">{t('deadline')}</dt>
          <dd>{t('deadlineValue', { date: r.deadline, days: deadlineDays })}</dd>
        </dl>
        <p className="mt-3 font-semibold">{t('accessCodeNote')}</p>
        <p className="mt-3 flex flex-wrap gap-4">
          <a href={`${statusBase}${r.trackingNo}`} className="text-brand-700 underline">
            {t('viewStatus')}
          </a>
          <a href={profileHref} className="text-brand-700 underline">
            {t('backToProfile')}
          </a>
        </p>
      </section>
    );
  }

  const message = (e: FieldError) => te(e.code, e.params ?? {});
  const errorOf = (field: string) => {
    const e = errors.find((issue) => issue.field === field);
    return e ? message(e) : undefined;
  };
  const notes = (field: string) => ({ error: errorOf(field), errorPrefix: t('errorPrefix') });
  const v = state.values;

  function checkFiles(form: HTMLFormElement, field: 'evidence' | 'authorisation', max: number): FieldError[] {
    const input = form.elements.namedItem(field) as HTMLInputElement | null;
    const files = Array.from(input?.files ?? []);
    if (files.length > max) return [{ field, code: 'tooManyFiles', params: { max, count: files.length } }];
    const big = files.find((f) => f.size > EVIDENCE_LIMITS.maxBytes);
    if (big) return [{ field, code: 'fileTooLarge', params: { name: big.name, max: 10 } }];
    return [];
  }

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    // With JavaScript the browser posts nothing itself: checks first, then the proof of work, then
    // the Server Action with the same fields. (Without JavaScript the form posts natively.)
    event.preventDefault();
    const form = event.currentTarget;
    const fileErrors = [...checkFiles(form, 'evidence', EVIDENCE_LIMITS.maxFiles), ...(kind === 'repair' ? checkFiles(form, 'authorisation', 1) : [])];
    setClientErrors(fileErrors);
    if (fileErrors.length > 0) return;
    const data = new FormData(form);
    // An untouched file input contributes one empty, nameless part: drop it.
    for (const name of ['evidence', 'authorisation']) {
      const files = data.getAll(name).filter((f) => typeof f === 'string' || f.size > 0 || f.name !== '');
      data.delete(name);
      for (const f of files) data.append(name, f);
    }
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
      <ErrorSummary
        title={t('errorSummary')}
        items={errors.map((e) => ({ text: message(e), field: e.field === 'form' ? undefined : e.field }))}
        focusKey={errors}
      />
      <input type="hidden" name="csrf" value={csrf} />
      <input type="hidden" name="challenge" value={challenge} />
      {recordId !== null ? <input type="hidden" name="record" value={recordId} /> : null}

      <Fieldset id="applicantType" legend={t('applicantType')} {...notes('applicantType')}>
        <div className="mt-1 flex flex-wrap gap-4">
          {APPLICANT_TYPES.map((type, i) => (
            <label key={type} className="flex items-center gap-2">
              <input
                type="radio"
                name="applicantType"
                value={type}
                id={i === 0 ? 'applicantType' : undefined}
                defaultChecked={v.applicantType === type}
                className="h-5 w-5"
              />
              {t(`applicantTypes.${type}`)}
            </label>
          ))}
        </div>
      </Fieldset>

      <Field id="applicantName" label={t('applicantName')} {...notes('applicantName')} defaultValue={v.applicantName} maxLength={100} autoComplete="name" />
      <Field
        id="applicantUscc"
        label={t('applicantUscc')}
        hint={t('applicantUsccHint')}
        {...notes('applicantUscc')}
        defaultValue={v.applicantUscc}
        maxLength={18}
        autoCapitalize="characters"
        spellCheck={false}
        inputClassName="font-mono sm:w-72"
      />

      <fieldset>
        <legend className="font-semibold">{t('contactLegend')}</legend>
        <p className="text-sm text-slate-600">{t('contactHint')}</p>
        <div className="mt-2 grid gap-3 sm:grid-cols-2">
          <Field id="phone" label={t('phone')} labelClassName="block" {...notes('phone')} type="tel" defaultValue={v.phone} autoComplete="tel" />
          <Field id="email" label={t('email')} labelClassName="block" {...notes('email')} type="email" defaultValue={v.email} autoComplete="email" />
        </div>
      </fieldset>

      {kind === 'objection' ? (
        <FieldShell id="reason" label={t('reason')} {...notes('reason')}>
          <select
            id="reason"
            name="reason"
            defaultValue={v.reason ?? ''}
            className={controlClass(errorOf('reason'), 'sm:w-96')}
            {...controlAria('reason', { error: errorOf('reason') })}
          >
            <option value="" />
            <SelectOptions options={OBJECTION_REASONS.map((r) => ({ value: r, label: t(`reasons.${r}`) }))} />
          </select>
        </FieldShell>
      ) : (
        <Fieldset id="actingRole" legend={t('actingRole')} hint={t('actingRoleHint')} {...notes('actingRole')}>
          <div className="mt-1 flex flex-wrap gap-4">
            {REPAIR_APPLICANT_ROLES.map((role, i) => (
              <label key={role} className="flex items-center gap-2">
                <input
                  type="radio"
                  name="actingRole"
                  value={role}
                  id={i === 0 ? 'actingRole' : undefined}
                  defaultChecked={v.actingRole === role}
                  className="h-5 w-5"
                />
                {t(`actingRoles.${role}`)}
              </label>
            ))}
          </div>
        </Fieldset>
      )}

      <Textarea
        id="description"
        label={t('description')}
        hint={t('descriptionHint', { max: EVIDENCE_LIMITS.descriptionMax })}
        {...notes('description')}
        rows={6}
        defaultValue={v.description}
        onChange={(e) => setCount(e.target.value.length)}
        after={
          <p className={`text-sm ${count > EVIDENCE_LIMITS.descriptionMax ? 'font-semibold text-red-700' : 'text-slate-600'}`} aria-live="polite">
            {t('descriptionCount', { count, max: EVIDENCE_LIMITS.descriptionMax })}
          </p>
        }
      />

      <FieldShell
        id="evidence"
        label={t('evidence')}
        hint={
          <>
            {t(kind === 'repair' ? 'evidenceRepairHint' : 'evidenceHint', { files: EVIDENCE_LIMITS.maxFiles, mb: 10 })} {t('evidenceReselect')}
          </>
        }
        {...notes('evidence')}
      >
        <input
          id="evidence"
          name="evidence"
          type="file"
          multiple
          accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"
          className="mt-1 block w-full"
          {...controlAria('evidence', { hint: true, error: errorOf('evidence') })}
        />
      </FieldShell>

      {kind === 'repair' ? (
        <>
          <CheckboxGroup
            id="routes"
            name="routes"
            legend={t('routes')}
            hint={t('routesHint')}
            {...notes('routes')}
            options={REPAIR_ROUTES.map((r) => ({ value: r, label: t(`repairRoutes.${r}`) }))}
            checked={(v.routes ?? '').split(',')}
            className="mt-1 grid gap-2 sm:grid-cols-2"
          />
          <FieldShell id="authorisation" label={t('authorisation')} hint={t('authorisationHint', { mb: 10 })} {...notes('authorisation')}>
            <input
              id="authorisation"
              name="authorisation"
              type="file"
              accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"
              className="mt-1 block w-full"
              {...controlAria('authorisation', { hint: true, error: errorOf('authorisation') })}
            />
          </FieldShell>
        </>
      ) : null}
      {kind === 'repair' ? <CheckboxField id="commitment" label={t('commitment')} {...notes('commitment')} defaultChecked={v.commitment === 'yes'} /> : null}
      <CheckboxField id="declaration" label={t('declaration')} {...notes('declaration')} defaultChecked={v.declaration === 'yes'} />

      <div className="flex items-center gap-4">
        <button
          type="submit"
          disabled={pending || working}
          className="rounded bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60"
        >
          {pending ? t('submitting') : t('submit')}
        </button>
        <p aria-live="polite" className="text-sm text-slate-700">
          {working ? t('working') : ''}
        </p>
      </div>
    </form>
  );
}
