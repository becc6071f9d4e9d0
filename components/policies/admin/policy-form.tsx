'use client';
import { useActionState } from 'react';
import { savePolicyAction, type PolicyFormState } from '@/app/admin/policies/actions';
import { ErrorSummary } from '@/components/ui/error-summary';
import { CheckboxGroup, controlAria, controlClass, Field, FieldShell } from '@/components/ui/field';
import { Textarea } from '@/components/ui/textarea';
import type { PolicyFormValues } from '@/lib/policies/policy-form-values';
import { SelectOptions } from '@/components/ui/select-options';

type Option = { value: string; label: string };

export interface PolicyFormProps {
  policyId?: number;
  csrf: string;
  initial: PolicyFormValues;
  /** Field labels, hints and buttons, by key (translated on the server). */
  labels: Record<string, string>;
  /** The message of each issue code (PolicyErrors.*, translated on the server). */
  errorMessages: Record<string, string>;
  departments: Option[];
  /** A reviewer may only choose its own department. */
  departmentLocked: boolean;
  categories: Option[];
  /** Who the support is closed to on credit grounds (lib/domain/policies.ts). */
  creditConditions: Option[];
  sizes: Option[];
  districts: Option[];
}

const INITIAL_STATE: PolicyFormState = { version: 0, values: null, errors: [] };

/** The policy form: error summary at the top linking to the fields, answers kept after a refusal, works without JavaScript. */
export function PolicyForm({
  policyId,
  csrf,
  initial,
  labels,
  errorMessages,
  departments,
  departmentLocked,
  categories,
  creditConditions,
  sizes,
  districts,
}: PolicyFormProps) {
  const [state, action, pending] = useActionState<PolicyFormState, FormData>(savePolicyAction, INITIAL_STATE);
  const v = state.values ?? initial;
  const message = (code: string) => errorMessages[code] ?? errorMessages.invalidValue ?? code;
  const err = (field: string) => {
    const issue = state.errors.find((i) => i.field === field);
    return issue ? message(issue.code) : undefined;
  };
  const label = (field: string, required?: boolean) => `${labels[field]}${required ? ` ${labels.requiredMark}` : ''}`;
  const notes = (field: keyof PolicyFormValues, hint?: boolean) => ({
    hint: hint ? labels[`${field}Hint`] : undefined,
    error: err(field),
    errorPrefix: labels.errorPrefix,
  });
  const text = (field: keyof PolicyFormValues, opts: { type?: string; required?: boolean; hint?: boolean } = {}) => (
    <Field id={field} label={label(field, opts.required)} {...notes(field, opts.hint)} type={opts.type ?? 'text'} defaultValue={v[field] as string} />
  );
  const area = (field: keyof PolicyFormValues, opts: { required?: boolean; hint?: boolean; rows?: number } = {}) => (
    <Textarea id={field} label={label(field, opts.required)} {...notes(field, opts.hint)} rows={opts.rows ?? 3} defaultValue={v[field] as string} />
  );
  const select = (field: 'issuingDepartment' | 'category' | 'creditCondition', options: Option[], withChoose: boolean, hint?: boolean) => (
    <FieldShell id={field} label={label(field, true)} {...notes(field, hint)}>
      <select id={field} name={field} defaultValue={v[field]} className={controlClass(err(field))} {...controlAria(field, { error: err(field) })}>
        {withChoose ? <option value="">{labels.choose}</option> : null}
        <SelectOptions options={options} />
      </select>
    </FieldShell>
  );
  const summary = state.errors.map((i) =>
    i.field === 'form' ? { text: message(i.code) } : { text: `${labels[i.field] ?? i.field}：${message(i.code)}`, field: i.field },
  );
  return (
    // The key resets uncontrolled fields to the echoed values after each refused submission.
    <form key={state.version} action={action} className="space-y-5" noValidate>
      <ErrorSummary title={labels.errorSummary} items={summary} focusKey={state.errors} testId="policy-form-errors" />
      <input type="hidden" name="csrf" value={csrf} />
      {policyId ? <input type="hidden" name="policyId" value={policyId} /> : null}
      {text('title', { required: true })}
      {select('issuingDepartment', departments, !departmentLocked)}
      <div className="grid gap-4 sm:grid-cols-3">
        {text('docNo')}
        {text('issuedOn', { type: 'date', required: true })}
        {text('publishedOn', { type: 'date', hint: true })}
      </div>
      {select('category', categories, true)}
      {select('creditCondition', creditConditions, false, true)}
      <CheckboxGroup
        id="sizes"
        name="sizes"
        legend={labels.sizes}
        {...notes('sizes')}
        options={sizes}
        checked={v.sizes}
        className="mt-1 flex flex-wrap gap-4"
      />
      {text('industries', { hint: true })}
      <CheckboxGroup
        id="districts"
        name="districts"
        legend={labels.districts}
        {...notes('districts', true)}
        options={districts}
        checked={v.districts}
        className="mt-1 grid grid-cols-2 gap-2 sm:grid-cols-4"
      />
      {area('benefits', { required: true, rows: 4 })}
      {area('applySteps')}
      {area('applyMaterials')}
      {area('applyWhere', { rows: 2 })}
      <div className="grid gap-4 sm:grid-cols-2">
        {text('validFrom', { type: 'date', required: true })}
        {text('validTo', { type: 'date', hint: true })}
      </div>
      {area('links', { hint: true })}
      {area('attachments', { hint: true })}
      <fieldset>
        <legend className="font-semibold">{labels.status}</legend>
        <div className="mt-1 flex flex-wrap gap-4">
          <label className="flex items-center gap-2">
            <input type="radio" name="status" value="published" defaultChecked={v.status !== 'draft'} className="h-5 w-5" />
            {labels.statusPublished}
          </label>
          <label className="flex items-center gap-2">
            <input type="radio" name="status" value="draft" defaultChecked={v.status === 'draft'} className="h-5 w-5" />
            {labels.statusDraft}
          </label>
        </div>
      </fieldset>
      <button type="submit" disabled={pending} className="rounded bg-slate-800 px-4 py-2 font-semibold text-white hover:bg-slate-700 disabled:opacity-60">
        {labels.submit}
      </button>
    </form>
  );
}
