// A labelled GOV.UK textarea: label, hint, error message, then the control (components/ui/field.tsx).
import type { ReactNode, TextareaHTMLAttributes } from 'react';
import { controlAria, controlClass, FieldShell, type FieldMessages } from './field';

type TextareaProps = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'className'>;

type TextareaFieldProps = FieldMessages & TextareaProps & { id: string; label: ReactNode; labelClassName?: string; className?: string; after?: ReactNode };

/** `name` defaults to the id; `after` is shown below the control (e.g. a live character count). */
export function Textarea({ id, label, hint, error, errorPrefix, labelClassName, className, after, ...textarea }: TextareaFieldProps) {
  return (
    <FieldShell id={id} label={label} hint={hint} error={error} errorPrefix={errorPrefix} labelClassName={labelClassName} className={className}>
      <textarea id={id} name={id} {...textarea} className={controlClass(error)} {...controlAria(id, { hint, error })} />
      {after}
    </FieldShell>
  );
}
