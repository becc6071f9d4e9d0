import Link from 'next/link';
import { AdminTable } from '@/components/admin/admin-table';
import { getTranslations } from 'next-intl/server';
import { staffMetadata } from '@/lib/i18n/page-metadata';
import { listCommitmentTemplatesForStaff } from '@/lib/commitments/staff-templates';
import { requireStaff } from '@/lib/staff/session';

export const dynamic = 'force-dynamic';

export const generateMetadata = staffMetadata('AdminCommitments', 'listTitle');

/** /admin/commitments: the commitment templates (告知承诺书), each editable by its department's staff. */
export default async function AdminCommitmentsPage() {
  await requireStaff();
  const t = await getTranslations({ locale: 'zh-CN', namespace: 'AdminCommitments' });
  const templates = await listCommitmentTemplatesForStaff();
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">{t('listTitle')}</h1>
        <Link href="/admin/commitments/new" className="rounded bg-slate-800 px-4 py-2 font-semibold text-white hover:bg-slate-700">
          {t('newTemplate')}
        </Link>
      </div>
      <AdminTable
        label={t('listTitle')}
        columns={[t('form.titleZhCn'), t('form.procedureCode'), t('form.department'), t('form.effectiveFrom'), t('form.effectiveTo')]}
      >
        {templates.map((p) => (
          <tr key={p.id} className="border-b align-top" data-testid="admin-template-row">
            <th scope="row" className="px-3 py-2 text-left font-normal">
              <a href={`/admin/commitments/${p.id}`} className="text-blue-800 underline">
                {p.title['zh-CN']}
              </a>
            </th>
            <td className="px-3 py-2">{p.procedureCode}</td>
            <td className="px-3 py-2">{p.department['zh-CN']}</td>
            <td className="px-3 py-2 whitespace-nowrap">{p.effectiveFrom}</td>
            <td className="px-3 py-2 whitespace-nowrap">{p.effectiveTo ?? '—'}</td>
          </tr>
        ))}
      </AdminTable>
    </div>
  );
}
