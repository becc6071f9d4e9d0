import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { staffMetadata } from '@/lib/i18n/page-metadata';
import { ratingDate } from '@/lib/env';
import { ENTITY_TYPES } from '@/lib/domain/vocabulary';
import { staffCsrfToken } from '@/lib/security/csrf';
import { listPlansInScope, listItemsInScope } from '@/lib/inspections/staff-inspections';
import { seesAllDepartments } from '@/lib/staff/scope';
import { requireStaff } from '@/lib/staff/session';
import { HeadedSection } from '@/components/ui/headed-section';
import { TableHead } from '@/components/ui/table-head';
import { PlanForm } from '@/components/inspections/admin/plan-form';

export const dynamic = 'force-dynamic';

export const generateMetadata = staffMetadata('AdminInspections', 'listTitle');

const LABELS = [
  'title',
  'itemIds',
  'districts',
  'districtsHint',
  'industries',
  'industriesHint',
  'entityTypes',
  'entityTypesHint',
  'sampleMode',
  'sampleModeCount',
  'sampleModeShare',
  'sampleValue',
  'sampleValueHint',
  'periodStart',
  'periodEnd',
  'submit',
  'errorTitle',
  'errorPrefix',
] as const;
const ERRORS = ['required', 'tooLong', 'invalidValue', 'invalidDate', 'invalidSample', 'endBeforeStart', 'notOwnItems', 'csrf', 'invalidForm'] as const;

export default async function AdminInspectionsPage() {
  const user = await requireStaff();
  const t = await getTranslations({ locale: 'zh-CN', namespace: 'AdminInspections' });
  const tp = await getTranslations({ locale: 'zh-CN', namespace: 'Inspections' });
  const te = await getTranslations({ locale: 'zh-CN', namespace: 'EntityTypes' });
  const [plans, items] = await Promise.all([listPlansInScope(user), listItemsInScope(user)]);
  const csrf = await staffCsrfToken(user);
  const cell = 'border-b border-slate-200 px-3 py-2 text-left align-top';
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t('listTitle')}</h1>
      <p className="text-slate-700">{seesAllDepartments(user) ? t('scopeAll') : t('scopeOwn', { department: user.departmentName })}</p>
      <div role="region" aria-label={t('listTitle')} tabIndex={0} className="overflow-x-auto rounded bg-white shadow">
        <table className="w-full border-collapse text-sm">
          <TableHead cellClassName={`${cell} font-semibold`} columns={[t('colTitle'), t('colDepartment'), t('colPeriod'), t('colStatus'), t('colProgress')]} />
          <tbody>
            {plans.map((p) => (
              <tr key={p.id}>
                <td className={cell}>
                  <Link href={`/admin/inspections/${p.id}`} className="text-blue-800 underline">
                    {p.title}
                  </Link>
                </td>
                <td className={cell}>{p.department['zh-CN']}</td>
                <td className={cell}>{tp('periodValue', { start: p.periodStart, end: p.periodEnd })}</td>
                <td className={cell}>{tp(`status.${p.status}`)}</td>
                <td className={cell}>{tp('drawnCount', { count: p.drawnCount, results: p.resultCount })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <HeadedSection id="new-plan-heading" heading={t('newPlan')} className="space-y-3 rounded bg-white p-4 shadow" headingClassName="text-lg font-semibold">
        {items.length === 0 ? (
          <p>{t('noItems')}</p>
        ) : (
          <PlanForm
            csrf={csrf}
            today={ratingDate()}
            labels={Object.fromEntries(LABELS.map((k) => [k, t(`form.${k}`)]))}
            errorMessages={Object.fromEntries(ERRORS.map((k) => [k, t(`errors.${k}`)]))}
            items={items.map((i) => ({ value: String(i.id), label: `${i.code} ${i.title}${seesAllDepartments(user) ? `（${i.departmentCode}）` : ''}` }))}
            entityTypes={ENTITY_TYPES.map((e) => ({ value: e, label: te(e) }))}
          />
        )}
      </HeadedSection>
    </div>
  );
}
