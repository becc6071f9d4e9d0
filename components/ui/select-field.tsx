import { SelectOptions } from './select-options';

export interface SelectFieldProps {
  id: string;
  name: string;
  label: string;
  defaultValue?: string;
  /** The first option, meaning "no filter" (value ''). */
  anyLabel: string;
  options: readonly { value: string; label: string }[];
}

/** A labelled <select> for GET filter forms; labels and option texts come in as props. */
export function SelectField({ id, name, label, defaultValue, anyLabel, options }: SelectFieldProps) {
  return (
    <div>
      <label htmlFor={id} className="font-semibold">
        {label}
      </label>
      <select id={id} name={name} defaultValue={defaultValue ?? ''} className="mt-1 w-full rounded border-2 border-slate-500 bg-white px-2 py-1.5">
        <option value="">{anyLabel}</option>
        <SelectOptions options={options} />
      </select>
    </div>
  );
}

/** Several filter selects that share an id prefix (`${idPrefix}-${name}`) and the text of their "any" option. */
export function SelectFields({
  idPrefix,
  anyLabel,
  fields,
}: {
  idPrefix: string;
  anyLabel: string;
  fields: readonly Omit<SelectFieldProps, 'id' | 'anyLabel'>[];
}) {
  return fields.map((f) => <SelectField key={f.name} id={`${idPrefix}-${f.name}`} anyLabel={anyLabel} {...f} />);
}
