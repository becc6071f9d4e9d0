import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { requireStaff } from '@/lib/staff/session';

export const dynamic = 'force-dynamic';

const AREAS = [
  { href: '/admin/objections', nav: 'navObjections', card: 'objections' },
  { href: '/admin/repairs', nav: 'navRepairs', card: 'repairs' },
  { href: '/admin/intake', nav: 'navIntake', card: 'intake' },
  { href: '/admin/policies', nav: 'navPolicies', card: 'policies' },
  { href: '/admin/measures', nav: 'navMeasures', card: 'measures' },
  { href: '/admin/rule-sets', nav: 'navRuleSets', card: 'ruleSets' },
  { href: '/admin/catalogue', nav: 'navCatalogue', card: 'catalogue' },
  { href: '/admin/inspections', nav: 'navInspections', card: 'inspections' },
  { href: '/admin/commitments', nav: 'navCommitments', card: 'commitments' },
] as const;

export default async function AdminHome({ searchParams }: { searchParams: Promise<{ denied?: string }> }) {
  const user = await requireStaff();
  const { denied } = await searchParams;
  const t = await getTranslations({ locale: 'zh-CN', namespace: 'Admin' });
  return (
    <div>
      <h1 className="text-2xl font-bold">{t('welcome', { name: user.displayName })}</h1>
      {denied ? (
        <p role="alert" className="mt-3 border-l-4 border-red-700 bg-red-50 p-3">
          {t('denied')}
        </p>
      ) : null}
      <p className="mt-2 text-slate-700">{t('intro')}</p>
      <ul className="mt-6 grid gap-4 sm:grid-cols-2">
        {AREAS.map((area) => (
          <li key={area.href} className="rounded bg-white p-4 shadow">
            <Link href={area.href} className="text-lg font-semibold text-brand-700 underline">
              {t(area.nav)}
            </Link>
            <p className="mt-1 text-slate-700">{t(`cards.${area.card}`)}</p>
          </li>
        ))}
      </ul>
    </div>
  );
}
