'use client';
import { useActionState } from 'react';
import { saveTemplateAction, type TemplateFormState } from '@/app/admin/commitments/actions';
import { ErrorSummary } from '@/components/ui/error-summary';
import { controlAria, controlClass, Field, FieldShell } from '@/components/ui/field';
import { SelectOptions } from '@/components/ui/select-options';
import { Textarea } from '@/components/ui/textarea';

export interface TemplateFormProps {
  templateId?: number;
  csrf: string;
  /** The answers to start from (the template's, or blanks). */
  initial: Record<string, string>;
  /** Labels, buttons and the message of each issue code, translated on the server. */
  labels: Record<string, string>;
  errorMessages: Record<string, string>;
  departments: { value: string; label: string }[];
}

const INITIAL_STATE: TemplateFormState = { version: 0, values: null, errors: [] };

/** The commitment template form: error summary linking to the fields, answers kept after a refusal, works without JavaScript. */
export function TemplateForm({ templateId, csrf, initial, labels, errorMessages, departments }: TemplateFormProps) {
  const [state, action, pending] = useActionState<TemplateFormState, FormData>(saveTemplateAction, INITIAL_STATE);
  const v = state.values ?? initial;
  const message = (code: string) => errorMessages[code] ?? errorMessages.invalidValue ?? code;
  const err = (field: string) => {
    const issue = state.errors.find((i) => i.field === field);
    return issue ? message(issue.code) : undefined;
  };
  const notes = (field: string) => ({ error: err(field), errorPrefix: labels.errorPrefix, hint: labels[`${field}Hint`] });
  const text = (field: string, type = 'text') => <Field id={field} label={labels[field]} {...notes(field)} type={type} defaultValue={v[field] ?? ''} />;
  const area = (field: string) => <Textarea id={field} label={labels[field]} {...notes(field)} rows={5} defaultValue={v[field] ?? ''} />;
  const summary = state.errors.map((i) =>
    i.field === 'form' ? { text: message(i.code) } : { text: `${labels[i.field] ?? i.field}：${message(i.code)}`, field: i.field },
  );
  return (
    <form key={state.version} action={action} className="space-y-5" noValidate>
      <ErrorSummary title={labels.errorSummary} items={summary} focusKey={state.errors} testId="template-form-errors" />
      <input type="hidden" name="csrf" value={csrf} />
      {templateId ? <input type="hidden" name="templateId" value={templateId} /> : null}
      {text('procedureCode')}
      <FieldShell id="department" label={labels.department} {...notes('department')}>
        <select
          id="department"
          name="department"
          defaultValue={v.department ?? ''}
          className={controlClass(err('department'))}
          {...controlAria('department', notes('department'))}
        >
          <SelectOptions options={departments} />
        </select>
      </FieldShell>
      <div className="grid gap-4 sm:grid-cols-3">
        {text('titleZhCn')}
        {text('titleZhTw')}
        {text('titleEn')}
      </div>
      {area('textZhCn')}
      {area('textZhTw')}
      {area('textEn')}
      {text('legalBasis')}
      <div className="grid gap-4 sm:grid-cols-2">
        {text('effectiveFrom', 'date')}
        {text('effectiveTo', 'date')}
      </div>
      <button type="submit" disabled={pending} className="rounded bg-slate-800 px-4 py-2 font-semibold text-white hover:bg-slate-700 disabled:opacity-60">
        {labels.submit}
      </button>
    </form>
  );
}
