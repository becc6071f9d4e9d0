// The staff queue and detail pages of objections and repair requests differ only by kind: these
// routes sign in, parse the URL, fetch in the staff member's scope, 404 and compose the components.
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { ApplicationDetail, type DetailSearchParams } from '@/components/objections/admin-detail';
import { ApplicationQueue, QUEUE_MAX_PAGE, QUEUE_PAGE_SIZE, type QueueSearchParams, type QueueView } from '@/components/objections/admin-queue';
import { APPLICATION_STATUSES, type ApplicationKind, type ApplicationStatus } from '@/lib/domain/objections';
import { ratingDate } from '@/lib/env';
import { getApplicationDetail, listDepartmentOptions, listQueueInScope } from '@/lib/objections/staff-applications';
import { availableActions } from '@/lib/objections/transitions';
import { staffCsrfToken } from '@/lib/security/csrf';
import { seesAllDepartments } from '@/lib/staff/scope';
import { requireStaff } from '@/lib/staff/session';

/** The title of both pages of a kind. */
export function applicationsMetadata(kind: ApplicationKind) {
  return async function generateMetadata(): Promise<Metadata> {
    const t = await getTranslations({ locale: 'zh-CN', namespace: 'AdminApplications' });
    return { title: t(kind === 'objection' ? 'objectionsTitle' : 'repairsTitle') };
  };
}

/** The queue: a reviewer's own department, or all (filterable by department) for admins. */
export function queueRoute(kind: ApplicationKind) {
  return async function QueuePage({ searchParams }: { searchParams: Promise<QueueSearchParams> }) {
    const user = await requireStaff();
    const params = await searchParams;
    const today = ratingDate();
    const isAdmin = seesAllDepartments(user);
    const status: QueueView['status'] =
      params.status === 'all'
        ? undefined
        : (APPLICATION_STATUSES as readonly string[]).includes(params.status ?? '')
          ? (params.status as ApplicationStatus)
          : 'active';
    const overdue = params.overdue === '1';
    const departments = await listDepartmentOptions(user);
    const departmentFilter = isAdmin && /^\d{1,9}$/.test(params.department ?? '') ? Number(params.department) : null;
    const page = Math.min(QUEUE_MAX_PAGE, Math.max(1, Number.parseInt(params.page ?? '1', 10) || 1));
    const { items, total } = await listQueueInScope(user, {
      kind,
      departmentFilter,
      status,
      overdueBefore: overdue ? today : undefined,
      page,
      pageSize: QUEUE_PAGE_SIZE,
    });
    const view = { status, overdue, departmentFilter, page, items, total, departments };
    return <ApplicationQueue kind={kind} searchParams={params} view={view} allDepartments={isAdmin} departmentName={user.departmentName} today={today} />;
  };
}

/**
 * One application. A reviewer of another department gets the same 404 as for an id that does not
 * exist (the query is scoped in its WHERE clause).
 */
export function detailRoute(kind: ApplicationKind) {
  return async function DetailPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<DetailSearchParams> }) {
    const user = await requireStaff();
    const { id } = await params;
    if (!/^\d{1,15}$/.test(id)) notFound();
    const found = await getApplicationDetail(user, kind, Number(id));
    if (!found) notFound();
    const { app, departments } = found;
    const csrf = await staffCsrfToken(user);
    const actions = availableActions({ kind, status: app.status, hasRecord: app.record !== null }, user);
    return (
      <ApplicationDetail kind={kind} app={app} departments={departments} actions={actions} csrf={csrf} today={ratingDate()} searchParams={await searchParams} />
    );
  };
}
