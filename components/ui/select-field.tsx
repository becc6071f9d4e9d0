/** A labelled <select> for GET filter forms; labels and option texts come in as props. */
export function SelectField({
  id,
  name,
  label,
  defaultValue,
  anyLabel,
  options,
}: {
  id: string;
  name: string;
  label: string;
  defaultValue?: string;
  /** The first option, meaning "no filter" (value ''). */
  anyLabel: string;
  options: readonly { value: string; label: string }[];
}) {
  return (
    <div>
      <label htmlFor={id} className="font-semibold">
        {label}
      </label>
      <select id={id} name={name} defaultValue={defaultValue ?? ''} className="mt-1 w-full rounded border-2 border-slate-500 bg-white px-2 py-1.5">
        <option value="">{anyLabel}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
