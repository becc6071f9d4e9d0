import { Link } from '@/lib/i18n/navigation';

/** A paragraph linking to the measures catalogue (/{locale}/measures), from the legend and the profile. */
export function CatalogueLink({ label, className = '' }: { label: string; className?: string }) {
  return (
    <p className={className}>
      <Link href="/measures" className="text-brand-700 underline underline-offset-2">
        {label}
      </Link>
    </p>
  );
}
