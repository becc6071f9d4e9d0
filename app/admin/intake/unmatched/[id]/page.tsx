import { BackLink } from '@/components/ui/back-link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { staffMetadata } from '@/lib/i18n/page-metadata';
import { CsrfField } from '@/components/forms/csrf-field';
import { FactList } from '@/components/ui/fact-list';
import { ErrorSummary } from '@/components/ui/error-summary';
import { Field, Fieldset } from '@/components/ui/field';
import type { RecordKind } from '@/lib/domain/vocabulary';
import { kindLabel } from '@/lib/intake/templates';
import { findUnmatchedCandidates, getUnmatchedForStaff } from '@/lib/intake/unmatched-queue';
import { staffCsrfToken } from '@/lib/security/csrf';
import { requireStaff } from '@/lib/staff/session';
import { normalizeCode } from '@/lib/uscc';
import { resolveUnmatchedAction } from '../../actions';

export const dynamic = 'force-dynamic';

export const generateMetadata = staffMetadata('AdminIntake', 'matchTitle');

export default async function MatchUnmatchedPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ code?: string; error?: string }>;
}) {
  const user = await requireStaff();
  const [{ id }, { code, error }] = await Promise.all([params, searchParams]);
  if (!/^\d{1,15}$/.test(id)) notFound();
  const item = await getUnmatchedForStaff(user, Number(id));
  if (!item) notFound();
  const t = await getTranslations({ locale: 'zh-CN', namespace: 'AdminIntake' });
  const p = item.payload as Record<string, string | undefined>;
  const typed = code ? normalizeCode(code).slice(0, 18) : null;
  const [candidates, csrf] = await Promise.all([
    findUnmatchedCandidates({ nameNormalized: p.name_normalized, regNo: p.reg_no, orgCode: p.org_code, code: typed }),
    staffCsrfToken(user),
  ]);
  // The payload fields staff compare with the candidates, in the order shown.
  const label = {
    source_ref: t('columnSourceRef'),
    entity_name: t('fieldEntityName'),
    uscc: t('fieldUscc'),
    reg_no: t('fieldRegNo'),
    org_code: t('fieldOrgCode'),
    title: t('columnTitle'),
    doc_no: t('fieldDocNo'),
    decision_date: t('fieldDecisionDate'),
    produced_on: t('fieldProducedOn'),
    severity: t('fieldSeverity'),
    publicity_end: t('fieldPublicityEnd'),
    removed_on: t('fieldRemovedOn'),
    legal_basis: t('fieldLegalBasis'),
    content: t('fieldContent'),
  };
  return (
    <div className="space-y-5">
      <BackLink href="/admin/intake/unmatched" label={t('backToQueue')} />
      <h1 className="text-2xl font-bold">{t('matchTitle')}</h1>
      <ErrorSummary
        items={error ? [error === 'csrf' ? { text: t('errorCsrf') } : { text: t('errorNoEntity'), field: candidates[0] ? 'entityId' : undefined }] : []}
      />
      <section aria-labelledby="item-heading" className="rounded bg-white p-4 shadow-sm">
        <h2 id="item-heading" className="text-lg font-semibold">
          {kindLabel(item.kind as RecordKind)}（{item.departmentName}）
        </h2>
        <FactList
          rows={Object.entries(label).flatMap(([f, text]) => (p[f] ? [[text, p[f]] as const] : []))}
          className="mt-2 grid gap-x-4 gap-y-1 sm:grid-cols-[12rem_1fr]"
          termClassName="font-semibold"
          valueClassName=""
        />
      </section>
      <form method="get" className="flex flex-wrap items-end gap-3 rounded bg-white p-4 shadow-sm">
        <Field id="code" label={t('searchCode')} defaultValue={code ?? ''} maxLength={30} inputClassName="sm:w-72" />
        <button type="submit" className="rounded border border-brand-700 px-3 py-1.5 text-brand-700">
          {t('searchSubmit')}
        </button>
      </form>
      <form action={resolveUnmatchedAction} className="space-y-3 rounded bg-white p-4 shadow-sm">
        <CsrfField token={csrf} />
        <input type="hidden" name="unmatchedId" value={item.id} />
        <Fieldset id="entityId" legend={t('pickEntity')} error={error === 'noEntity' ? t('errorNoEntity') : undefined}>
          {candidates.length === 0 ? <p className="mt-2">{t('noCandidates')}</p> : null}
          <ul className="mt-2 space-y-2">
            {candidates.map((c, i) => (
              <li key={c.id}>
                <label className="flex items-start gap-2">
                  <input id={i === 0 ? 'entityId' : undefined} type="radio" name="entityId" value={c.id} required className="mt-1" />
                  <span>
                    <strong>{c.name}</strong>（{c.uscc}）<br />
                    <span className="text-sm text-slate-700">
                      {t('candidateDetails', { representative: c.legalRepresentative, address: c.address, established: c.establishedOn })}
                    </span>
                  </span>
                </label>
              </li>
            ))}
          </ul>
        </Fieldset>
        {candidates.length > 0 ? (
          <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white">
            {t('matchSubmit')}
          </button>
        ) : null}
      </form>
    </div>
  );
}
