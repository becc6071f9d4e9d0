import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import { LocaleSwitcher } from './locale-switcher';

/** The main navigation: path and message key (Common), in order. */
const NAV = [
  ['/', 'navHome'],
  ['/search', 'navSearch'],
  ['/lists', 'navLists'],
  ['/licences', 'navDualPublicity'],
  ['/stats', 'navStats'],
  ['/policies', 'navPolicies'],
  ['/small-businesses', 'navSmallBusinesses'],
] as const;

/** The site banner: name, main navigation and the language switcher. */
export async function SiteHeader() {
  const t = await getTranslations('Common');
  return (
    <header className="bg-brand-700 text-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <Link href="/" className="text-lg font-bold tracking-wide sm:text-xl">
          {t('siteName')}
        </Link>
        <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
          <nav aria-label={t('mainNav')}>
            <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
              {NAV.map(([href, key]) => (
                <li key={href}>
                  <Link href={href} className="underline-offset-4 hover:underline">
                    {t(key)}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
          <LocaleSwitcher />
        </div>
      </div>
    </header>
  );
}
