// GOV.UK form fields: label, hint, error message (with a visually hidden prefix), then the control,
// which names its hint and error in aria-describedby and says aria-invalid when it has an error.
// Texts come in as props (components/ui); works in server and client components alike.
import type { InputHTMLAttributes, ReactNode } from 'react';

/** What a field says besides its label: a hint, and its error with the prefix read before it. */
export interface FieldMessages {
  hint?: ReactNode;
  error?: string;
  /** Read by screen readers before the error ("Error:"). */
  errorPrefix?: string;
}

/** The control's accessible attributes for field `id`. */
export function controlAria(id: string, { hint, error }: Pick<FieldMessages, 'hint' | 'error'>) {
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return { 'aria-describedby': describedBy || undefined, 'aria-invalid': error ? true : undefined } as const;
}

/** The classes of a text control, red-bordered when the field has an error. */
export function controlClass(error?: string, extra = ''): string {
  return `mt-1 w-full rounded border-2 bg-white px-2 py-1.5 ${error ? 'border-red-700' : 'border-slate-500'} ${extra}`.trim();
}

/** The hint and the error message of field `id`, in GOV.UK order (between the label and the control). */
export function FieldNotes({ id, hint, error, errorPrefix }: FieldMessages & { id: string }) {
  return (
    <>
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-slate-600">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="mt-1 font-semibold text-red-700">
          {errorPrefix ? <span className="sr-only">{errorPrefix}</span> : null}
          {error}
        </p>
      ) : null}
    </>
  );
}

/** A labelled field around any control (a select, a custom input): label, hint, error, then `children`. */
export function FieldShell({
  id,
  label,
  labelClassName = 'block font-semibold',
  className,
  children,
  ...messages
}: FieldMessages & { id: string; label: ReactNode; labelClassName?: string; className?: string; children: ReactNode }) {
  return (
    <div className={className}>
      <label htmlFor={id} className={labelClassName}>
        {label}
      </label>
      <FieldNotes id={id} {...messages} />
      {children}
    </div>
  );
}

type InputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'className'> & { inputClassName?: string };

type FieldProps = FieldMessages & InputProps & { id: string; label: ReactNode; labelClassName?: string; className?: string };

/** A labelled text input (name defaults to the id). */
export function Field({ id, label, hint, error, errorPrefix, labelClassName, className, inputClassName = '', ...input }: FieldProps) {
  return (
    <FieldShell id={id} label={label} hint={hint} error={error} errorPrefix={errorPrefix} labelClassName={labelClassName} className={className}>
      <input id={id} name={id} {...input} className={controlClass(error, inputClassName)} {...controlAria(id, { hint, error })} />
    </FieldShell>
  );
}

/** A group of radios or checkboxes: legend, hint, error, then the options (`id` names the first option's id for links). */
export function Fieldset({
  id,
  legend,
  hint,
  error,
  errorPrefix,
  className,
  children,
}: FieldMessages & { id: string; legend: ReactNode; className?: string; children: ReactNode }) {
  return (
    <fieldset aria-describedby={controlAria(id, { hint, error })['aria-describedby']} className={className}>
      <legend className="font-semibold">{legend}</legend>
      <FieldNotes id={id} hint={hint} error={error} errorPrefix={errorPrefix} />
      {children}
    </fieldset>
  );
}

/** Checkboxes of one name, one per option (e.g. the sizes or districts of a policy). */
export function CheckboxGroup({
  id,
  name,
  legend,
  options,
  checked,
  className,
  ...messages
}: FieldMessages & {
  id: string;
  name: string;
  legend: ReactNode;
  options: readonly { value: string; label: string }[];
  checked: readonly string[];
  className: string;
}) {
  return (
    <Fieldset id={id} legend={legend} {...messages}>
      <div className={className}>
        {options.map((o, i) => (
          <label key={o.value} className="flex items-center gap-2">
            <input id={i === 0 ? id : undefined} type="checkbox" name={name} value={o.value} defaultChecked={checked.includes(o.value)} className="h-5 w-5" />
            {o.label}
          </label>
        ))}
      </div>
    </Fieldset>
  );
}

/** One checkbox with its statement (a declaration, a commitment), its error above it. */
export function CheckboxField({
  id,
  label,
  error,
  errorPrefix,
  defaultChecked,
  value = 'yes',
  name = id,
  className,
}: FieldMessages & { id: string; label: ReactNode; defaultChecked?: boolean; value?: string; name?: string; className?: string }) {
  return (
    <div className={className}>
      <FieldNotes id={id} error={error} errorPrefix={errorPrefix} />
      <label className="flex items-start gap-3">
        <input
          id={id}
          name={name}
          type="checkbox"
          value={value}
          defaultChecked={defaultChecked}
          className="mt-1 h-5 w-5 shrink-0"
          {...controlAria(id, { error })}
        />
        <span>{label}</span>
      </label>
    </div>
  );
}
