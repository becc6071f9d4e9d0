import type { ReactNode } from 'react';

/**
 * A side panel of filters as one plain GET form (works without JavaScript; URLs stable and
 * shareable): a heading, the fields, then apply and a link that clears them all.
 */
export function FilterPanel({
  headingId,
  heading,
  action,
  applyLabel,
  clearLabel,
  children,
}: {
  headingId: string;
  heading: string;
  /** The page's own path: the form submits to it, and "clear" links to it. */
  action: string;
  applyLabel: string;
  clearLabel: string;
  children: ReactNode;
}) {
  return (
    <aside aria-labelledby={headingId}>
      <h2 id={headingId} className="text-lg font-semibold">
        {heading}
      </h2>
      <form method="get" action={action} className="mt-3 space-y-4 rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200">
        {children}
        <button type="submit" className="w-full rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
          {applyLabel}
        </button>
        <a href={action} className="block text-center text-brand-700 underline">
          {clearLabel}
        </a>
      </form>
    </aside>
  );
}

/** One choice among a few values as a group of radio buttons, one under the other (or in a row with `inline`). */
export function RadioFilter<V extends string>({
  legend,
  name,
  values,
  labels,
  checked,
  inline = false,
}: {
  legend: string;
  name: string;
  values: readonly V[];
  /** Each value's text: a record, or a function of the value. */
  labels: Readonly<Record<V, string>> | ((value: V) => string);
  checked: V | null | undefined;
  inline?: boolean;
}) {
  return (
    <fieldset>
      <legend className="font-semibold">{legend}</legend>
      <div className={inline ? 'mt-2 flex flex-wrap gap-x-4 gap-y-2' : 'mt-2 space-y-2'}>
        {values.map((v) => (
          <label key={v} className="flex items-center gap-2">
            <input type="radio" name={name} value={v} defaultChecked={checked === v} className="h-5 w-5" />
            {typeof labels === 'function' ? labels(v) : labels[v]}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
