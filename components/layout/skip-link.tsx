/** The first focusable element of every page: a link past the banner to `#main`, visible on focus. */
export function SkipLink({ label }: { label: string }) {
  return (
    <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:bg-white focus:p-2">
      {label}
    </a>
  );
}
