/** Previous / next links with a page status between them; hrefs and texts come in as props. */
export function Pagination({
  label,
  status,
  previousHref,
  nextHref,
  previousLabel,
  nextLabel,
}: {
  label: string;
  status: string;
  previousHref?: string;
  nextHref?: string;
  previousLabel: string;
  nextLabel: string;
}) {
  const link = 'rounded border border-slate-400 bg-white px-4 py-2';
  return (
    <nav aria-label={label} className="mt-6 flex items-center justify-between gap-4">
      {previousHref ? (
        <a rel="prev" href={previousHref} className={link}>
          {previousLabel}
        </a>
      ) : (
        <span />
      )}
      <span className="text-sm text-slate-700">{status}</span>
      {nextHref ? (
        <a rel="next" href={nextHref} className={link}>
          {nextLabel}
        </a>
      ) : (
        <span />
      )}
    </nav>
  );
}
