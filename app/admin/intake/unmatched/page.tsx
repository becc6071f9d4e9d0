import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { staffMetadata } from '@/lib/i18n/page-metadata';
import { BackLink } from '@/components/ui/back-link';
import { ErrorSummary } from '@/components/ui/error-summary';
import { StatusNotice } from '@/components/ui/status-notice';
import { TableHead } from '@/components/ui/table-head';
import { kindLabel } from '@/lib/intake/templates';
import { getUnmatchedQueue } from '@/lib/intake/unmatched-queue';
import type { RecordKind } from '@/lib/domain/vocabulary';
import { seesAllDepartments } from '@/lib/staff/scope';
import { requireStaff } from '@/lib/staff/session';

export const dynamic = 'force-dynamic';

const PAGE_SIZE = 50;

export const generateMetadata = staffMetadata('AdminIntake', 'unmatchedTitle');

export default async function UnmatchedQueuePage({ searchParams }: { searchParams: Promise<{ before?: string; done?: string; error?: string }> }) {
  const user = await requireStaff();
  const { before, done, error } = await searchParams;
  const t = await getTranslations({ locale: 'zh-CN', namespace: 'AdminIntake' });
  const beforeId = /^\d{1,15}$/.test(before ?? '') ? Number(before) : undefined;
  const { items, total } = await getUnmatchedQueue(user, beforeId, PAGE_SIZE);
  const allDepartments = seesAllDepartments(user);
  const reason = (r: string) => (r === 'name_ambiguous' ? t('reasonNameAmbiguous') : r === 'code_ambiguous' ? t('reasonCodeAmbiguous') : t('reasonNotFound'));
  return (
    <div className="space-y-5">
      <BackLink href="/admin/intake" label={t('backToIntake')} />
      <h1 className="text-2xl font-bold">{t('unmatchedTitle')}</h1>
      <p className="text-slate-700">{t('unmatchedIntro')}</p>
      <p className="text-sm text-slate-700">{allDepartments ? t('scopeAdmin') : t('scopeReviewer', { department: user.departmentName })}</p>
      {done ? <StatusNotice>{t('matchedDone')}</StatusNotice> : null}
      <ErrorSummary items={error ? [{ text: t(error === 'csrf' ? 'errorCsrf' : 'matchedError') }] : []} />
      <p>{t('openCount', { count: total })}</p>
      {items.length === 0 ? (
        <p>{t('queueEmpty')}</p>
      ) : (
        <div className="max-w-full overflow-x-auto rounded bg-white shadow-sm" role="region" aria-label={t('unmatchedTitle')} tabIndex={0}>
          <table className="w-full border-collapse text-sm">
            <TableHead
              rowClassName="border-b border-slate-300 bg-slate-50 text-left"
              cellClassName="px-2 py-1.5"
              columns={[t('columnSourceRef'), t('columnTitle'), t('columnIdentity'), t('columnReason'), allDepartments && t('department'), t('columnReceived')]}
            />
            <tbody>
              {items.map((item) => (
                <tr key={item.id} className="border-b border-slate-100">
                  <td className="px-2 py-1.5">
                    <Link href={`/admin/intake/unmatched/${item.id}`} className="text-brand-700 underline">
                      {item.sourceRef}
                    </Link>
                  </td>
                  <td className="px-2 py-1.5">
                    {kindLabel(item.kind as RecordKind)}：{item.title}
                  </td>
                  <td className="px-2 py-1.5">{item.identityValue}</td>
                  <td className="px-2 py-1.5">
                    {reason(item.reason)}
                    {item.candidateCount > 1 ? `（${t('candidates', { count: item.candidateCount })}）` : ''}
                  </td>
                  {allDepartments ? <td className="px-2 py-1.5">{item.departmentName}</td> : null}
                  <td className="px-2 py-1.5 whitespace-nowrap">{item.createdAt.slice(0, 16)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {items.length === PAGE_SIZE ? (
        <p>
          <Link href={`/admin/intake/unmatched?before=${items[items.length - 1]!.id}`} className="text-brand-700 underline">
            {t('olderItems')}
          </Link>
        </p>
      ) : null}
    </div>
  );
}
