'use client';
import { useActionState } from 'react';
import { saveMeasureAction, type MeasureFormState } from '@/app/admin/measures/actions';
import { ErrorSummary } from '@/components/ui/error-summary';
import { CheckboxGroup, controlAria, controlClass, Field, FieldShell } from '@/components/ui/field';
import { SelectOptions } from '@/components/ui/select-options';
import { Textarea } from '@/components/ui/textarea';
import type { MeasureFormValues } from '@/lib/measures/measure-form-values';

type Option = { value: string; label: string };
type TextField = Exclude<keyof MeasureFormValues, 'levels' | 'listKinds'>;

export interface MeasureFormProps {
  measureId?: number;
  csrf: string;
  initial: MeasureFormValues;
  /** Field labels, hints and buttons, by key (translated on the server). */
  labels: Record<string, string>;
  /** The message of each issue code (MeasureErrors.*, translated on the server). */
  errorMessages: Record<string, string>;
  kinds: Option[];
  levels: Option[];
  listKinds: Option[];
  /** The departments this staff member may choose; "every department" first for admins. */
  departments: Option[];
}

const INITIAL_STATE: MeasureFormState = { version: 0, values: null, errors: [] };

/** The measure form: error summary linking to the fields, answers kept after a refusal, works without JavaScript. */
export function MeasureForm({ measureId, csrf, initial, labels, errorMessages, kinds, levels, listKinds, departments }: MeasureFormProps) {
  const [state, action, pending] = useActionState<MeasureFormState, FormData>(saveMeasureAction, INITIAL_STATE);
  const v = state.values ?? initial;
  const message = (code: string) => errorMessages[code] ?? errorMessages.invalidValue ?? code;
  const err = (field: string) => {
    const issue = state.errors.find((i) => i.field === field);
    return issue ? message(issue.code) : undefined;
  };
  const notes = (field: string) => ({ hint: labels[`${field}Hint`], error: err(field), errorPrefix: labels.errorPrefix });
  const label = (field: string, required = true) => `${labels[field]}${required ? ` ${labels.requiredMark}` : ''}`;
  const text = (field: TextField, opts: { type?: string; required?: boolean; readOnly?: boolean } = {}) => (
    <Field
      key={field}
      id={field}
      label={label(field, opts.required)}
      {...notes(field)}
      type={opts.type ?? 'text'}
      defaultValue={v[field]}
      readOnly={opts.readOnly}
    />
  );
  const area = (field: TextField, rows: number) => (
    <Textarea key={field} id={field} label={label(field)} {...notes(field)} rows={rows} defaultValue={v[field]} />
  );
  const select = (field: 'kind' | 'department', options: Option[]) => (
    <FieldShell id={field} label={label(field, field === 'kind')} {...notes(field)}>
      <select id={field} name={field} defaultValue={v[field]} className={controlClass(err(field))} {...controlAria(field, { error: err(field) })}>
        <SelectOptions options={options} />
      </select>
    </FieldShell>
  );
  const checks = (field: 'levels' | 'listKinds', options: Option[]) => (
    <CheckboxGroup
      id={field}
      name={field}
      legend={labels[field]}
      {...notes(field)}
      options={options}
      checked={v[field]}
      className="mt-1 flex flex-wrap gap-4"
    />
  );
  const summary = state.errors.map((i) =>
    i.field === 'form' ? { text: message(i.code) } : { text: `${labels[i.field] ?? i.field}：${message(i.code)}`, field: i.field },
  );
  return (
    // The key resets uncontrolled fields to the echoed values after each refused submission.
    <form key={state.version} action={action} className="space-y-5" noValidate>
      <ErrorSummary title={labels.errorSummary} items={summary} focusKey={state.errors} testId="measure-form-errors" />
      <input type="hidden" name="csrf" value={csrf} />
      {measureId ? <input type="hidden" name="measureId" value={measureId} /> : null}
      {text('code', { readOnly: measureId !== undefined })}
      {select('kind', kinds)}
      {checks('levels', levels)}
      {checks('listKinds', listKinds)}
      <div className="grid gap-4 sm:grid-cols-3">{(['titleZhCn', 'titleZhTw', 'titleEn'] as const).map((f) => text(f))}</div>
      {(['descriptionZhCn', 'descriptionZhTw', 'descriptionEn'] as const).map((f) => area(f, 4))}
      {(['legalBasisZh', 'legalBasisEn'] as const).map((f) => area(f, 2))}
      {select('department', departments)}
      <div className="grid gap-4 sm:grid-cols-2">
        {text('effectiveFrom', { type: 'date' })}
        {text('effectiveTo', { type: 'date', required: false })}
      </div>
      <div>
        <label className="flex items-center gap-2">
          <input type="checkbox" id="excludesSupport" name="excludesSupport" defaultChecked={v.excludesSupport === 'on'} className="h-5 w-5" />
          {labels.excludesSupport}
        </label>
        {err('excludesSupport') ? (
          <p className="text-red-800">
            {labels.errorPrefix} {err('excludesSupport')}
          </p>
        ) : null}
      </div>
      <button type="submit" disabled={pending} className="rounded bg-slate-800 px-4 py-2 font-semibold text-white hover:bg-slate-700 disabled:opacity-60">
        {labels.submit}
      </button>
    </form>
  );
}
