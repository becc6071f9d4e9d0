'use client';
import { useActionState } from 'react';
import { createPlanAction, type PlanFormState } from '@/app/admin/inspections/actions';
import { ErrorSummary } from '@/components/ui/error-summary';
import { CheckboxGroup, controlAria, controlClass, Field, FieldShell } from '@/components/ui/field';
import { CsrfField } from '@/components/forms/csrf-field';

type Option = { value: string; label: string };

export interface PlanFormProps {
  csrf: string;
  /** Field labels, hints and buttons, by key (translated on the server). */
  labels: Record<string, string>;
  /** The message of each issue code (AdminInspections.errors.*). */
  errorMessages: Record<string, string>;
  items: Option[];
  entityTypes: Option[];
  today: string;
}

const INITIAL_STATE: PlanFormState = { version: 0, values: null, errors: [] };
const ORDER = ['title', 'itemIds', 'districts', 'industries', 'entityTypes', 'sampleMode', 'sampleValue', 'periodStart', 'periodEnd'];

/** The new-plan form: error summary linking to the fields, answers kept after a refusal, works without JavaScript. */
export function PlanForm({ csrf, labels, errorMessages, items, entityTypes, today }: PlanFormProps) {
  const [state, action, pending] = useActionState<PlanFormState, FormData>(createPlanAction, INITIAL_STATE);
  const text = state.values?.text ?? {};
  const lists = state.values?.lists ?? {};
  const message = (code: string) => errorMessages[code] ?? errorMessages.invalidValue ?? code;
  const err = (field: string) => {
    const issue = state.errors.find((i) => i.field === field);
    return issue ? message(issue.code) : undefined;
  };
  const notes = (field: string, hint?: boolean) => ({ hint: hint ? labels[`${field}Hint`] : undefined, error: err(field), errorPrefix: labels.errorPrefix });
  const summary = [...state.errors]
    .sort((a, b) => ORDER.indexOf(a.field) - ORDER.indexOf(b.field))
    .map((i) => ({ text: message(i.code), field: i.field === 'form' ? undefined : i.field }));
  return (
    <form key={state.version} action={action} className="space-y-4" noValidate>
      <ErrorSummary title={labels.errorTitle} items={summary} focusKey={state.errors} testId="plan-form-errors" />
      <CsrfField token={csrf} />
      <Field id="title" label={labels.title} {...notes('title')} defaultValue={text.title ?? ''} maxLength={200} />
      <CheckboxGroup
        id="itemIds"
        name="itemIds"
        legend={labels.itemIds}
        options={items}
        checked={lists.itemIds ?? []}
        className="space-y-1"
        {...notes('itemIds')}
      />
      <Field id="districts" label={labels.districts} {...notes('districts', true)} defaultValue={text.districts ?? ''} />
      <Field id="industries" label={labels.industries} {...notes('industries', true)} defaultValue={text.industries ?? ''} />
      <CheckboxGroup
        id="entityTypes"
        name="entityTypes"
        legend={labels.entityTypes}
        options={entityTypes}
        checked={lists.entityTypes ?? []}
        className="flex flex-wrap gap-4"
        {...notes('entityTypes', true)}
      />
      <FieldShell id="sampleMode" label={labels.sampleMode} {...notes('sampleMode')}>
        <select
          id="sampleMode"
          name="sampleMode"
          defaultValue={text.sampleMode ?? 'count'}
          className={controlClass(err('sampleMode'))}
          {...controlAria('sampleMode', { error: err('sampleMode') })}
        >
          <option value="count">{labels.sampleModeCount}</option>
          <option value="share">{labels.sampleModeShare}</option>
        </select>
      </FieldShell>
      <Field id="sampleValue" label={labels.sampleValue} {...notes('sampleValue', true)} defaultValue={text.sampleValue ?? ''} inputMode="decimal" />
      <Field id="periodStart" label={labels.periodStart} type="date" {...notes('periodStart')} defaultValue={text.periodStart ?? today} />
      <Field id="periodEnd" label={labels.periodEnd} type="date" {...notes('periodEnd')} defaultValue={text.periodEnd ?? ''} />
      <button type="submit" disabled={pending} className="rounded bg-slate-800 px-4 py-2 font-semibold text-white hover:bg-slate-700">
        {labels.submit}
      </button>
    </form>
  );
}
