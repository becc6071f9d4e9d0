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
  // One template per record kind, then support received and the 12345 hotline's complaint figures.
  const templates = [
    ...RECORD_KINDS.map((kind) => ({ file: kind, label: kindLabel(kind) })),
    { file: 'support', label: t('supportKind') },
    { file: 'complaints', label: t('complaintsKind') },
  ];
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
          {templates.map(({ file, label }) => (
            <li key={file}>
              {label}：
              <a href={`/api/v1/intake/templates/${file}.xlsx`} className="text-brand-700 underline" aria-label={t('templateXlsx', { kind: label })}>
                XLSX
              </a>
              {' · '}
              <a href={`/api/v1/intake/templates/${file}.csv`} className="text-brand-700 underline" aria-label={t('templateCsv', { kind: label })}>
                CSV
              </a>
            </li>
          ))}
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
