import Link from 'next/link';
import { AdminTable } from '@/components/admin/admin-table';
import { getTranslations } from 'next-intl/server';
import { isMeasureInForce } from '@/lib/domain/measures';
import { ratingDate } from '@/lib/env';
import { staffMetadata } from '@/lib/i18n/page-metadata';
import { listMeasuresForStaff } from '@/lib/measures/save-measure';
import { requireStaff } from '@/lib/staff/session';

export const dynamic = 'force-dynamic';

export const generateMetadata = staffMetadata('AdminMeasures', 'listTitle');

/** The whole catalogue (a few dozen rows), with each measure's period and whether it is in force today. */
export default async function AdminMeasuresPage() {
  await requireStaff();
  const t = await getTranslations({ locale: 'zh-CN', namespace: 'AdminMeasures' });
  const measures = await listMeasuresForStaff();
  const today = ratingDate();
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">{t('listTitle')}</h1>
        <Link href="/admin/measures/new" className="rounded bg-slate-800 px-4 py-2 font-semibold text-white hover:bg-slate-700">
          {t('newMeasure')}
        </Link>
      </div>
      <p className="text-slate-700">{t('intro')}</p>
      <AdminTable label={t('listTitle')} columns={[t('colTitle'), t('colKind'), t('colDepartment'), t('colPeriod'), t('colState')]}>
        {measures.map((m) => (
          <tr key={m.id} className="border-b align-top" data-testid="admin-measure-row">
            <th scope="row" className="px-3 py-2 text-left font-normal">
              <a href={`/admin/measures/${m.id}`} className="text-blue-800 underline">
                {m.title['zh-CN']}
              </a>
              <span className="block text-xs text-slate-600">{m.code}</span>
            </th>
            <td className="px-3 py-2">{t(`kind.${m.kind}`)}</td>
            <td className="px-3 py-2">{m.department?.['zh-CN'] ?? t('form.allDepartments')}</td>
            <td className="px-3 py-2 whitespace-nowrap">
              {m.effectiveFrom} – {m.effectiveTo ?? t('openEnded')}
            </td>
            <td className="px-3 py-2">{t(isMeasureInForce(m, today) ? 'inForce' : m.effectiveFrom > today ? 'notYet' : 'ended')}</td>
          </tr>
        ))}
      </AdminTable>
    </div>
  );
}
