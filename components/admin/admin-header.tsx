import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { CsrfField } from '@/components/forms/csrf-field';
import { staffCsrfToken } from '@/lib/security/csrf';
import { getCurrentStaff } from '@/lib/staff/session';
import { signOutAction } from '@/app/admin/actions';

const NAV = [
  { href: '/admin', key: 'navHome' },
  { href: '/admin/objections', key: 'navObjections' },
  { href: '/admin/repairs', key: 'navRepairs' },
  { href: '/admin/intake', key: 'navIntake' },
  { href: '/admin/policies', key: 'navPolicies' },
  { href: '/admin/measures', key: 'navMeasures' },
  { href: '/admin/rule-sets', key: 'navRuleSets' },
  { href: '/admin/catalogue', key: 'navCatalogue' },
  { href: '/admin/inspections', key: 'navInspections' },
  { href: '/admin/commitments', key: 'navCommitments' },
] as const;

/** The back-office banner: navigation and the signed-in user with a sign-out button. */
export async function AdminHeader() {
  const t = await getTranslations({ locale: 'zh-CN', namespace: 'Admin' });
  const user = await getCurrentStaff();
  return (
    <header className="bg-slate-800 text-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <Link href="/admin" className="text-lg font-bold">
          {t('title')}
        </Link>
        {user ? (
          <div className="flex flex-wrap items-center gap-4">
            <nav aria-label={t('nav')}>
              <ul className="flex flex-wrap gap-4 text-sm">
                {NAV.map((item) => (
                  <li key={item.href}>
                    <Link href={item.href} className="underline-offset-4 hover:underline">
                      {t(item.key)}
                    </Link>
                  </li>
                ))}
              </ul>
            </nav>
            <form action={signOutAction} className="flex items-center gap-3 text-sm">
              <span>{t('signedInAs', { name: user.displayName, department: user.departmentName, role: t(`roles.${user.role}`) })}</span>
              <CsrfField token={await staffCsrfToken(user)} />
              <button type="submit" className="rounded border border-white px-2 py-1 hover:bg-slate-700">
                {t('signOut')}
              </button>
            </form>
          </div>
        ) : null}
      </div>
    </header>
  );
}
