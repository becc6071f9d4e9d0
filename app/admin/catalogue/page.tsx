import { getTranslations } from 'next-intl/server';
import { PublicityRuleForm } from '@/components/publicity/admin/publicity-rule-form';
import { PublicityTable } from '@/components/publicity/publicity-table';
import { StatusNotice } from '@/components/ui/status-notice';
import { RECORD_KINDS, SEVERITIES } from '@/lib/domain/vocabulary';
import { ratingDate } from '@/lib/env';
import { staffMetadata } from '@/lib/i18n/page-metadata';
import { listPublicityVersions } from '@/lib/publicity/list-publicity-versions';
import { staffCsrfToken } from '@/lib/security/csrf';
import { requireAdmin } from '@/lib/staff/session';

export const dynamic = 'force-dynamic';

export const generateMetadata = staffMetadata('AdminCatalogue', 'metaTitle');

const LABEL_KEYS = [
  'kind',
  'severity',
  'severityNone',
  'minMonths',
  'maxMonths',
  'collectionWorkingDays',
  'countsTowardLevel',
  'repairBeforeMax',
  'effectiveFrom',
  'note',
  'submit',
  'errorSummary',
  'errorPrefix',
  'choose',
] as const;
const ERROR_KEYS = [
  'required',
  'invalidNumber',
  'invalidDays',
  'minAboveMax',
  'severityRequired',
  'severityNotPenalty',
  'notFuture',
  'duplicate',
  'invalidDate',
  'invalidKind',
  'forbidden',
  'csrf',
  'invalidValue',
] as const;

/** Every version of the catalogue, and the form that adds one (admins only; audited). */
export default async function AdminCataloguePage({ searchParams }: { searchParams: Promise<{ saved?: string }> }) {
  const user = await requireAdmin();
  const { saved } = await searchParams;
  const t = await getTranslations({ locale: 'zh-CN', namespace: 'AdminCatalogue' });
  const tk = await getTranslations({ locale: 'zh-CN', namespace: 'Kinds' });
  const ts = await getTranslations({ locale: 'zh-CN', namespace: 'Severities' });
  const today = ratingDate();
  const rules = await listPublicityVersions();
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t('heading')}</h1>
      <p className="max-w-3xl text-slate-700">{t('intro')}</p>
      {saved ? <StatusNotice>{t('saved')}</StatusNotice> : null}
      <PublicityTable rules={rules} caption={t('current')} />
      <section aria-labelledby="add-version" className="rounded bg-white p-4 shadow">
        <h2 id="add-version" className="mb-3 text-lg font-semibold">
          {t('addHeading')}
        </h2>
        <PublicityRuleForm
          csrf={await staffCsrfToken(user)}
          labels={Object.fromEntries(LABEL_KEYS.map((k) => [k, t(k)]))}
          errorMessages={Object.fromEntries(ERROR_KEYS.map((k) => [k, t(`errors.${k}`, { today })]))}
          kinds={RECORD_KINDS.map((k) => ({ value: k, label: tk(k) }))}
          severities={SEVERITIES.map((s) => ({ value: s, label: ts(s) }))}
        />
      </section>
    </div>
  );
}
