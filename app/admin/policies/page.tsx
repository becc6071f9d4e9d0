import Link from 'next/link';
import { AdminTable } from '@/components/admin/admin-table';
import { getTranslations } from 'next-intl/server';
import { staffMetadata } from '@/lib/i18n/page-metadata';
import { policyValidity } from '@/lib/domain/policies';
import { ratingDate } from '@/lib/env';
import { listPoliciesInScope } from '@/lib/policies/staff-policies';
import { seesAllDepartments } from '@/lib/staff/scope';
import { requireStaff } from '@/lib/staff/session';
import { Pagination } from '@/components/ui/pagination';

export const dynamic = 'force-dynamic';

const PAGE_SIZE = 50;

export const generateMetadata = staffMetadata('AdminPolicies', 'listTitle');

export default async function AdminPoliciesPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const user = await requireStaff();
  const t = await getTranslations({ locale: 'zh-CN', namespace: 'AdminPolicies' });
  const tc = await getTranslations({ locale: 'zh-CN', namespace: 'PolicyCategories' });
  const tp = await getTranslations({ locale: 'zh-CN', namespace: 'Policies' });
  const raw = (await searchParams).page;
  const page = raw && /^\d{1,4}$/.test(raw) && Number(raw) >= 1 ? Number(raw) : 1;
  const { policies, total } = await listPoliciesInScope(user, page, PAGE_SIZE);
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const today = ratingDate();
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">{t('listTitle')}</h1>
        <Link href="/admin/policies/new" className="rounded bg-slate-800 px-4 py-2 font-semibold text-white hover:bg-slate-700">
          {t('newPolicy')}
        </Link>
      </div>
      <p className="text-slate-700">{seesAllDepartments(user) ? t('scopeAll') : t('scopeOwn', { department: user.departmentName })}</p>
      <p role="status">{t('count', { count: total })}</p>
      <AdminTable label={t('listTitle')} columns={[t('colTitle'), t('colDepartment'), t('colCategory'), t('colStatus'), t('colPublished')]}>
        {policies.map((p) => (
          <tr key={p.id} className="border-b align-top" data-testid="admin-policy-row">
            <th scope="row" className="px-3 py-2 text-left font-normal">
              <a href={`/admin/policies/${p.id}`} className="text-blue-800 underline">
                {p.title}
              </a>
            </th>
            <td className="px-3 py-2">{p.department['zh-CN']}</td>
            <td className="px-3 py-2">{tc(p.category)}</td>
            <td className="px-3 py-2">
              {t(`status.${p.status}`)}
              {p.status === 'published' ? `（${tp(`validity.${policyValidity(p.validFrom, p.validTo, today)}`)}）` : ''}
            </td>
            <td className="px-3 py-2 whitespace-nowrap">
              {p.publishedOn ?? '—'}
              {p.publishedLate ? ` · ${t('late')}` : ''}
            </td>
          </tr>
        ))}
      </AdminTable>
      {pages > 1 && (
        <Pagination
          label={t('pagination')}
          status={t('pageStatus', { page, pages })}
          previousLabel={t('previous')}
          nextLabel={t('next')}
          previousHref={page > 1 ? `/admin/policies?page=${page - 1}` : undefined}
          nextHref={page < pages ? `/admin/policies?page=${page + 1}` : undefined}
        />
      )}
    </div>
  );
}
