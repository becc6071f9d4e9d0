import Link from 'next/link';

/** A paragraph holding one link back to the page above (staff pages: the list an item came from). */
export function BackLink({ href, label, className = 'text-brand-700 underline' }: { href: string; label: string; className?: string }) {
  return (
    <p>
      <Link href={href} className={className}>
        {label}
      </Link>
    </p>
  );
}
