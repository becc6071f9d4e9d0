import { Link } from '@/lib/i18n/navigation';

/** The body of a localized 404: what was not found, and where to go instead (strings come translated). */
export function NotFoundMessage({ title, heading, body, links }: { title: string; heading: string; body: string; links: { href: string; label: string }[] }) {
  return (
    <div className="max-w-2xl">
      <title>{title}</title>
      <h1 className="text-2xl font-bold">{heading}</h1>
      <p className="mt-3 text-slate-700">{body}</p>
      <ul className="mt-6 flex flex-wrap gap-x-6 gap-y-2">
        {links.map((link) => (
          <li key={link.href}>
            <Link href={link.href} className="text-brand-700 underline underline-offset-2 hover:text-brand-800">
              {link.label}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
