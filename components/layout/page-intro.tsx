export interface PageIntroLink {
  href: string;
  label: string;
  /** The link most readers want: drawn bold. */
  primary?: boolean;
}

/** A public page's opening: its h1, a short introduction and, optionally, a row of links onward. */
export function PageIntro({ heading, intro, links = [], as: Tag = 'div' }: { heading: string; intro: string; links?: PageIntroLink[]; as?: 'div' | 'header' }) {
  return (
    <Tag className="space-y-2">
      <h1 className="text-2xl font-bold sm:text-3xl">{heading}</h1>
      <p className="max-w-3xl text-slate-700">{intro}</p>
      {links.length > 0 ? (
        <p className={links.length > 1 ? 'flex flex-wrap gap-x-4 gap-y-1 text-sm' : 'text-sm'}>
          {links.map((link) => (
            <a key={link.href} href={link.href} className={link.primary ? 'font-semibold text-brand-700 underline' : 'text-brand-700 underline'}>
              {link.label}
            </a>
          ))}
        </p>
      ) : null}
    </Tag>
  );
}
