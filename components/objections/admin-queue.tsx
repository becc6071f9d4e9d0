import Link from 'next/link';
import { TableHead } from '@/components/ui/table-head';
import { getTranslations } from 'next-intl/server';
import { Pagination } from '@/components/ui/pagination';
import { SelectField } from '@/components/ui/select-field';
import { workingDaysLeft } from '@/lib/calendar/working-days';
import { APPLICATION_STATUSES, REVIEW_WORKING_DAYS, type ApplicationKind, type ApplicationStatus } from '@/lib/domain/objections';
import type { DepartmentOption, QueueItem } from '@/lib/objections/staff-applications';
import { isOpenApplication } from '@/lib/objections/transitions';

export type QueueSearchParams = { status?: string; overdue?: string; department?: string; page?: string };

export const QUEUE_PAGE_SIZE = 50;
export const QUEUE_MAX_PAGE = 200;

/** How many working days are left, or how far overdue (China calendar). */
export function DaysLeft({
  status,
  deadline,
  today,
  t,
}: {
  status: ApplicationStatus;
  deadline: string;
  today: string;
  t: (key: string, values?: Record<string, number>) => string;
}) {
  if (!isOpenApplication(status)) return <span className="text-slate-600">{t('closed')}</span>;
  const left = workingDaysLeft(today, deadline);
  if (deadline < today)
    return (
      <strong className="text-red-800" data-overdue="true">
        {t('overdue', { days: -left })}
      </strong>
    );
  if (left === 0) return <strong className="text-amber-800">{t('dueToday')}</strong>;
  return <span>{t('daysLeft', { days: left })}</span>;
}

/** What the queue route found for its filters (app/admin/objections/application-routes.tsx). */
export interface QueueView {
  status: ApplicationStatus | 'active' | undefined;
  overdue: boolean;
  departmentFilter: number | null;
  page: number;
  items: QueueItem[];
  total: number;
  /** Departments to filter by (admins only). */
  departments: DepartmentOption[];
}

/** The back-office queue of objections or repair requests: own department (reviewer) or all (admin). */
export async function ApplicationQueue({
  kind,
  searchParams,
  view,
  allDepartments,
  departmentName,
  today,
}: {
  kind: ApplicationKind;
  searchParams: QueueSearchParams;
  view: QueueView;
  allDepartments: boolean;
  departmentName: string;
  today: string;
}) {
  const t = await getTranslations({ locale: 'zh-CN', namespace: 'AdminApplications' });
  const isAdmin = allDepartments;
  const { status, overdue, departmentFilter, page, items, total, departments } = view;
  const base = kind === 'objection' ? '/admin/objections' : '/admin/repairs';
  const query = (p: number) => {
    const q = new URLSearchParams();
    if (searchParams.status) q.set('status', searchParams.status);
    if (overdue) q.set('overdue', '1');
    if (departmentFilter !== null) q.set('department', String(departmentFilter));
    q.set('page', String(p));
    return `${base}?${q}`;
  };
  const lastPage = Math.min(QUEUE_MAX_PAGE, Math.max(1, Math.ceil(total / QUEUE_PAGE_SIZE)));

  return (
    <div className="space-y-5">
      <h1 className="text-2xl font-bold">{t(kind === 'objection' ? 'objectionsTitle' : 'repairsTitle')}</h1>
      <p className="text-slate-700">{t('queueIntro', { objectionDays: REVIEW_WORKING_DAYS.objection, repairDays: REVIEW_WORKING_DAYS.repair })}</p>
      <p className="text-sm text-slate-700">{isAdmin ? t('scopeAdmin') : t('scopeReviewer', { department: departmentName })}</p>

      <form method="get" action={base} className="grid items-end gap-4 rounded bg-white p-4 shadow-sm sm:grid-cols-4" aria-label={t('filters')}>
        <SelectField
          id="status"
          name="status"
          label={t('filterStatus')}
          anyLabel={t('filterActive')}
          defaultValue={searchParams.status === 'all' || status !== 'active' ? (searchParams.status ?? '') : ''}
          options={[{ value: 'all', label: t('filterAny') }, ...APPLICATION_STATUSES.map((s) => ({ value: s, label: t(`statuses.${s}`) }))]}
        />
        {isAdmin ? (
          <SelectField
            id="department"
            name="department"
            label={t('filterDepartment')}
            anyLabel={t('filterAllDepartments')}
            defaultValue={departmentFilter !== null ? String(departmentFilter) : ''}
            options={departments.map((d) => ({ value: String(d.id), label: d.name }))}
          />
        ) : null}
        <label className="flex items-center gap-2 py-2">
          <input type="checkbox" name="overdue" value="1" defaultChecked={overdue} className="h-5 w-5" />
          {t('filterOverdue')}
        </label>
        <div>
          <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
            {t('applyFilters')}
          </button>
        </div>
      </form>

      {items.length === 0 ? (
        <p className="rounded bg-white p-4">{t('empty')}</p>
      ) : (
        <div className="overflow-x-auto rounded bg-white shadow-sm">
          <table className="w-full text-left text-sm">
            <TableHead
              className="bg-slate-200"
              cellClassName="p-2"
              columns={[
                t('colTrackingNo'),
                t('colEntity'),
                t('colRecord'),
                t('colSubmitted'),
                t('colDeadline'),
                t('colDaysLeft'),
                t('colStatus'),
                isAdmin && t('colDepartment'),
              ]}
            />
            <tbody>
              {items.map((item) => {
                const overdueRow = isOpenApplication(item.status) && item.deadline < today;
                return (
                  <tr key={item.id} className={`border-t border-slate-200 ${overdueRow ? 'bg-red-50' : ''}`} data-tracking-no={item.trackingNo}>
                    <td className="p-2 font-mono">
                      <Link href={`${base}/${item.id}`} className="text-brand-700 underline">
                        {item.trackingNo}
                      </Link>
                    </td>
                    <td className="p-2">{item.entityName}</td>
                    <td className="p-2">{item.recordTitle ?? t('noRecordShort')}</td>
                    <td className="p-2 whitespace-nowrap">{item.submittedOn}</td>
                    <td className="p-2 whitespace-nowrap">{item.deadline}</td>
                    <td className="p-2 whitespace-nowrap">
                      <DaysLeft status={item.status} deadline={item.deadline} today={today} t={t} />
                    </td>
                    <td className="p-2">{t(`statuses.${item.status}`)}</td>
                    {isAdmin ? <td className="p-2">{item.departmentName ?? '—'}</td> : null}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <Pagination
        label={t('pagination')}
        status={t('pageStatus', { page, total })}
        previousHref={page > 1 ? query(page - 1) : undefined}
        nextHref={page < lastPage ? query(page + 1) : undefined}
        previousLabel={t('previous')}
        nextLabel={t('next')}
      />
    </div>
  );
}
