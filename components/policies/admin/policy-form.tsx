'use client';
import { useActionState } from 'react';
import { savePolicyAction, type PolicyFormState } from '@/app/admin/policies/actions';
import type { PolicyFormValues } from '@/lib/policies/policy-form-values';

type Option = { value: string; label: string };

export interface PolicyFormProps {
  policyId?: number;
  csrf: string;
  initial: PolicyFormValues;
  /** Field labels, hints and buttons, by key (translated on the server). */
  labels: Record<string, string>;
  departments: Option[];
  /** A reviewer may only choose its own department. */
  departmentLocked: boolean;
  categories: Option[];
  sizes: Option[];
  districts: Option[];
}

const input = 'mt-1 w-full rounded border-2 border-slate-500 bg-white px-2 py-1.5';

/** The policy form: error summary at the top linking to the fields, answers kept after a refusal, works without JavaScript. */
export function PolicyForm({ policyId, csrf, initial, labels, departments, departmentLocked, categories, sizes, districts }: PolicyFormProps) {
  const [state, action, pending] = useActionState<PolicyFormState, FormData>(savePolicyAction, {});
  const v = state.values ?? initial;
  const issues = state.issues ?? [];
  const err = (field: string) => issues.find((i) => i.field === field)?.message;
  const described = (field: string, hint?: boolean) => [hint ? `${field}-hint` : '', err(field) ? `${field}-error` : ''].filter(Boolean).join(' ') || undefined;
  const errorText = (field: string) =>
    err(field) ? (
      <p id={`${field}-error`} className="mt-1 font-semibold text-red-800">
        <span className="sr-only">{labels.errorPrefix}</span>
        {err(field)}
      </p>
    ) : null;
  const text = (field: keyof PolicyFormValues, opts: { type?: string; required?: boolean; hint?: boolean } = {}) => (
    <div>
      <label htmlFor={field} className="block font-semibold">{labels[field]}{opts.required ? ` ${labels.requiredMark}` : ''}</label>
      {opts.hint ? <p id={`${field}-hint`} className="text-sm text-slate-600">{labels[`${field}Hint`]}</p> : null}
      {errorText(field)}
      <input id={field} name={field} type={opts.type ?? 'text'} defaultValue={v[field] as string} className={input}
        aria-invalid={err(field) ? true : undefined} aria-describedby={described(field, opts.hint)} />
    </div>
  );
  const area = (field: keyof PolicyFormValues, opts: { required?: boolean; hint?: boolean; rows?: number } = {}) => (
    <div>
      <label htmlFor={field} className="block font-semibold">{labels[field]}{opts.required ? ` ${labels.requiredMark}` : ''}</label>
      {opts.hint ? <p id={`${field}-hint`} className="text-sm text-slate-600">{labels[`${field}Hint`]}</p> : null}
      {errorText(field)}
      <textarea id={field} name={field} rows={opts.rows ?? 3} defaultValue={v[field] as string} className={input}
        aria-invalid={err(field) ? true : undefined} aria-describedby={described(field, opts.hint)} />
    </div>
  );
  return (
    // The key resets uncontrolled fields to the echoed values after each refused submission.
    <form key={JSON.stringify(state.values ?? null)} action={action} className="space-y-5" noValidate>
      {issues.length > 0 ? (
        <div role="alert" className="border-l-4 border-red-700 bg-red-50 p-3" data-testid="policy-form-errors">
          <h2 className="font-bold text-red-800">{labels.errorSummary}</h2>
          <ul className="mt-1 list-disc pl-5">
            {issues.map((i) => (
              <li key={i.field}><a href={`#${i.field}`} className="text-red-800 underline">{labels[i.field] ?? i.field}：{i.message}</a></li>
            ))}
          </ul>
        </div>
      ) : null}
      <input type="hidden" name="csrf" value={csrf} />
      {policyId ? <input type="hidden" name="policyId" value={policyId} /> : null}
      {text('title', { required: true })}
      <div>
        <label htmlFor="issuingDepartment" className="block font-semibold">{labels.issuingDepartment} {labels.requiredMark}</label>
        {errorText('issuingDepartment')}
        <select id="issuingDepartment" name="issuingDepartment" defaultValue={v.issuingDepartment} className={input}
          aria-invalid={err('issuingDepartment') ? true : undefined} aria-describedby={described('issuingDepartment')}>
          {!departmentLocked ? <option value="">{labels.choose}</option> : null}
          {departments.map((d) => <option key={d.value} value={d.value}>{d.label}</option>)}
        </select>
      </div>
      <div className="grid gap-4 sm:grid-cols-3">
        {text('docNo')}
        {text('issuedOn', { type: 'date', required: true })}
        {text('publishedOn', { type: 'date', hint: true })}
      </div>
      <div>
        <label htmlFor="category" className="block font-semibold">{labels.category} {labels.requiredMark}</label>
        {errorText('category')}
        <select id="category" name="category" defaultValue={v.category} className={input}
          aria-invalid={err('category') ? true : undefined} aria-describedby={described('category')}>
          <option value="">{labels.choose}</option>
          {categories.map((c) => <option key={c.value} value={c.value}>{c.label}</option>)}
        </select>
      </div>
      <fieldset aria-describedby={described('sizes')}>
        <legend className="font-semibold">{labels.sizes}</legend>
        {errorText('sizes')}
        <div className="mt-1 flex flex-wrap gap-4">
          {sizes.map((s) => (
            <label key={s.value} className="flex items-center gap-2">
              <input type="checkbox" name="sizes" value={s.value} defaultChecked={v.sizes.includes(s.value)} className="h-5 w-5" />{s.label}
            </label>
          ))}
        </div>
      </fieldset>
      {text('industries', { hint: true })}
      <fieldset aria-describedby={described('districts', true)}>
        <legend className="font-semibold">{labels.districts}</legend>
        <p id="districts-hint" className="text-sm text-slate-600">{labels.districtsHint}</p>
        {errorText('districts')}
        <div className="mt-1 grid grid-cols-2 gap-2 sm:grid-cols-4">
          {districts.map((d) => (
            <label key={d.value} className="flex items-center gap-2">
              <input type="checkbox" name="districts" value={d.value} defaultChecked={v.districts.includes(d.value)} className="h-5 w-5" />{d.label}
            </label>
          ))}
        </div>
      </fieldset>
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
          <label className="flex items-center gap-2"><input type="radio" name="status" value="published" defaultChecked={v.status !== 'draft'} className="h-5 w-5" />{labels.statusPublished}</label>
          <label className="flex items-center gap-2"><input type="radio" name="status" value="draft" defaultChecked={v.status === 'draft'} className="h-5 w-5" />{labels.statusDraft}</label>
        </div>
      </fieldset>
      <button type="submit" disabled={pending} className="rounded bg-slate-800 px-4 py-2 font-semibold text-white hover:bg-slate-700 disabled:opacity-60">{labels.submit}</button>
    </form>
  );
}
