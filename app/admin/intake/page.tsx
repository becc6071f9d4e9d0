import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { staffMetadata } from '@/lib/i18n/page-metadata';
import { ImportForm } from '@/components/intake/import-form';
import { RECORD_KINDS } from '@/lib/domain/vocabulary';
import { kindLabel } from '@/lib/intake/templates';
import { listImportDepartments } from '@/lib/intake/unmatched-queue';
import { staffCsrfToken } from '@/lib/security/csrf';
import { seesAllDepartments } from '@/lib/staff/scope';
import { requireStaff } from '@/lib/staff/session';
import { uploadImportAction } from './actions';
import { HeadedSection } from '@/components/ui/headed-section';

export const dynamic = 'force-dynamic';

export const generateMetadata = staffMetadata('AdminIntake', 'title');

export default async function AdminIntakePage() {
  const user = await requireStaff();
  const t = await getTranslations({ locale: 'zh-CN', namespace: 'AdminIntake' });
  const [csrf, departments] = await Promise.all([staffCsrfToken(user), listImportDepartments(user)]);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <p className="text-slate-700">{t('intro')}</p>
      <p>
        <Link href="/admin/intake/unmatched" className="font-semibold text-brand-700 underline">
          {t('unmatchedLink')}
        </Link>
      </p>
      <HeadedSection id="templates-heading" heading={t('templatesHeading')} className="space-y-2" headingClassName="text-xl font-bold">
        <p className="text-slate-700">{t('templatesIntro')}</p>
        <ul className="grid gap-x-6 gap-y-1 sm:grid-cols-2">
          {RECORD_KINDS.map((kind) => (
            <li key={kind}>
              {kindLabel(kind)}：
              <a href={`/api/v1/intake/templates/${kind}.xlsx`} className="text-brand-700 underline" aria-label={t('templateXlsx', { kind: kindLabel(kind) })}>
                XLSX
              </a>
              {' · '}
              <a href={`/api/v1/intake/templates/${kind}.csv`} className="text-brand-700 underline" aria-label={t('templateCsv', { kind: kindLabel(kind) })}>
                CSV
              </a>
            </li>
          ))}
          <li>
            {t('supportKind')}：
            <a href="/api/v1/intake/templates/support.xlsx" className="text-brand-700 underline" aria-label={t('templateXlsx', { kind: t('supportKind') })}>
              XLSX
            </a>
            {' · '}
            <a href="/api/v1/intake/templates/support.csv" className="text-brand-700 underline" aria-label={t('templateCsv', { kind: t('supportKind') })}>
              CSV
            </a>
          </li>
        </ul>
      </HeadedSection>
      <HeadedSection id="upload-heading" heading={t('uploadHeading')} className="space-y-2" headingClassName="text-xl font-bold">
        <p className="text-sm text-slate-700">{seesAllDepartments(user) ? t('scopeAdmin') : t('scopeReviewer', { department: user.departmentName })}</p>
        <ImportForm
          action={uploadImportAction}
          csrf={csrf}
          departments={departments}
          defaultDepartment={user.departmentCode}
          labels={{
            department: t('department'),
            file: t('file'),
            fileHint: t('fileHint'),
            submit: t('submit'),
            pending: t('pending'),
            errorPrefix: t('errorPrefix'),
            errors: {
              noFile: t('errorNoFile'),
              badType: t('errorBadType'),
              tooLarge: t('errorTooLarge'),
              badFile: t('errorBadFile'),
              forbidden: t('errorForbidden'),
              csrf: t('errorCsrf'),
            },
            resultHeading: t('resultHeading'),
            resultSummary: t.raw('resultSummary') as string,
            counts: {
              rows: t('countRows'),
              created: t('countCreated'),
              updated: t('countUpdated'),
              unchanged: t('countUnchanged'),
              queued: t('countQueued'),
              rejected: t('countRejected'),
              warnings: t('countWarnings'),
            },
            reportHeading: t('reportHeading'),
            reportEmpty: t('reportEmpty'),
            reportMore: t.raw('reportMore') as string,
            reportDownload: t('reportDownload'),
            columnRow: t('columnRow'),
            columnColumn: t('columnColumn'),
            columnOutcome: t('columnOutcome'),
            columnMessage: t('columnMessage'),
            outcomes: { rejected: t('outcomeRejected'), queued: t('outcomeQueued'), warning: t('outcomeWarning') },
          }}
        />
      </HeadedSection>
    </div>
  );
}
