/** The download (CSV, JSON Lines) and feed links of a browsable list; hrefs and texts come in as props. */
export function ExportLinks({
  csvHref,
  jsonlHref,
  feedHref,
  labels,
}: {
  csvHref: string;
  jsonlHref: string;
  feedHref: string;
  labels: { csv: string; jsonl: string; feed: string };
}) {
  const download = 'rounded border border-brand-700 px-3 py-1.5 font-semibold text-brand-700';
  return (
    <p className="flex flex-wrap gap-3 text-sm">
      <a href={csvHref} className={download} download>
        {labels.csv}
      </a>
      <a href={jsonlHref} className={download} download>
        {labels.jsonl}
      </a>
      <a href={feedHref} className="rounded border border-slate-400 px-3 py-1.5 text-slate-800">
        {labels.feed}
      </a>
    </p>
  );
}
