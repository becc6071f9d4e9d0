/** A small paragraph holding one plain link (a full page load): back to a list, on to a guide or a feed. */
export function LinkLine({ href, label }: { href: string; label: string }) {
  return (
    <p className="text-sm">
      <a href={href} className="text-brand-700 underline">
        {label}
      </a>
    </p>
  );
}
