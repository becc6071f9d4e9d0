import { AdminTable } from '@/components/admin/admin-table';
import { getTranslations } from 'next-intl/server';
import { RuleSetForm } from '@/components/rule-sets/rule-set-form';
import { HeadedSection } from '@/components/ui/headed-section';
import { StatusNotice } from '@/components/ui/status-notice';
import { BLACK_RECORD_KIND_OPTIONS, RULE_SET_ISSUE_CODES, rulesOf } from '@/lib/credit/rule-set-schema';
import { LISTING_KINDS } from '@/lib/domain/vocabulary';
import { ratingDate } from '@/lib/env';
import { staffMetadata } from '@/lib/i18n/page-metadata';
import { listRuleSets } from '@/lib/rule-sets/list-rule-sets';
import { formValuesFromRules, RULE_SET_FORM_FIELDS } from '@/lib/rule-sets/rule-set-form';
import { staffCsrfToken } from '@/lib/security/csrf';
import { requireStaff } from '@/lib/staff/session';

export const dynamic = 'force-dynamic';

export const generateMetadata = staffMetadata('AdminRuleSets', 'title');

const FORM_LABEL_KEYS = [...RULE_SET_FORM_FIELDS, 'versionHint', 'ratesHint', 'submit', 'errorSummary', 'errorPrefix'] as const;
const FORM_ERROR_CODES = [...RULE_SET_ISSUE_CODES, 'notAdmin', 'signedOut', 'invalidForm', 'csrf'] as const;

export default async function AdminRuleSetsPage({ searchParams }: { searchParams: Promise<{ added?: string }> }) {
  const user = await requireStaff();
  const { added } = await searchParams;
  const t = await getTranslations({ locale: 'zh-CN', namespace: 'AdminRuleSets' });
  const tk = await getTranslations({ locale: 'zh-CN', namespace: 'Kinds' });
  const today = ratingDate();
  const versions = await listRuleSets(today);
  const inForce = versions.find((v) => v.state === 'inForce') ?? versions[versions.length - 1];
  const percent = (rate: number) => Math.round(rate * 10_000) / 100;
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <p className="text-slate-700">{t('intro')}</p>
      {added && versions.some((v) => v.set.version === added) ? <StatusNotice testId="rule-set-added">{t('added', { version: added })}</StatusNotice> : null}
      <HeadedSection id="rule-set-versions" heading={t('listTitle')} headingClassName="text-xl font-semibold">
        <AdminTable label={t('listTitle')} className="mt-2" columns={[t('colVersion'), t('colEffectiveFrom'), t('colRules'), t('colCreatedBy'), t('colState')]}>
          {versions.map(({ set, createdByName, createdAt, state, swept }) => (
            <tr key={set.version} className="border-b align-top" data-testid="rule-set-row">
              <th scope="row" className="px-3 py-2 text-left font-mono font-normal">
                {set.version}
              </th>
              <td className="px-3 py-2 whitespace-nowrap">{set.effectiveFrom}</td>
              <td className="px-3 py-2">
                {t('rulesSummary', {
                  windowYears: set.windowYears,
                  yellowMin: set.penalties.yellowMin,
                  redMin: set.penalties.redMin,
                  minCount: set.complaints.minCount,
                  redRate: percent(set.complaints.redAtOrBelowRate),
                  greenRate: percent(set.complaints.yellowBelowRate),
                })}
              </td>
              <td className="px-3 py-2">
                {createdByName ?? t('shippedWithRelease')}
                <br />
                <span className="text-slate-600">{createdAt.toISOString().slice(0, 10)}</span>
              </td>
              <td className="px-3 py-2">
                {t(`states.${state}`)}
                {swept && state !== 'scheduled' ? ` · ${t('stateSwept')}` : ''}
              </td>
            </tr>
          ))}
        </AdminTable>
      </HeadedSection>
      <HeadedSection id="rule-set-new" heading={t('newTitle')} headingClassName="text-xl font-semibold">
        {user.role === 'admin' && inForce ? (
          <div className="mt-2 rounded bg-white p-4 shadow">
            <RuleSetForm
              csrf={await staffCsrfToken(user)}
              initial={formValuesFromRules(rulesOf(inForce.set))}
              labels={{
                ...Object.fromEntries(FORM_LABEL_KEYS.map((key) => [key, t(key)])),
                effectiveFromHint: t('effectiveFromHint', { today }),
              }}
              errorMessages={Object.fromEntries(FORM_ERROR_CODES.map((code) => [code, t(`errors.${code}`, { today })]))}
              listingKinds={LISTING_KINDS.map((kind) => ({ value: kind, label: tk(kind) }))}
              recordKinds={BLACK_RECORD_KIND_OPTIONS.map((kind) => ({ value: kind, label: tk(kind) }))}
            />
          </div>
        ) : (
          <p className="mt-2">{t('adminOnly')}</p>
        )}
      </HeadedSection>
    </div>
  );
}
