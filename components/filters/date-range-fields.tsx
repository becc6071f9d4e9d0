/** Two date inputs side by side (`from`, `to`) for GET filter forms; labels come in as props. */
export function DateRangeFields({
  idPrefix,
  labels,
  values,
}: {
  idPrefix: string;
  labels: { from: string; to: string };
  values: { from?: string; to?: string };
}) {
  return (
    <div className="grid grid-cols-2 gap-2">
      {(['from', 'to'] as const).map((key) => (
        <div key={key}>
          <label htmlFor={`${idPrefix}-${key}`} className="text-sm font-semibold">
            {labels[key]}
          </label>
          <input
            id={`${idPrefix}-${key}`}
            type="date"
            name={key}
            defaultValue={values[key] ?? ''}
            className="mt-1 w-full rounded border-2 border-slate-500 bg-white px-2 py-1.5"
          />
        </div>
      ))}
    </div>
  );
}
