import { getTranslations } from 'next-intl/server';
import type { PolicyRow } from '@/lib/policies/get-policy';
import { policyValidity } from '@/lib/domain/policies';
import { districtName } from '@/lib/reference/labels';
import type { Locale } from '@/lib/domain/vocabulary';
import { ratingDate } from '@/lib/env';
import { BENEFICIARIES_MAX_PAGE, BENEFICIARIES_PAGE_SIZE, getBeneficiaries } from '@/lib/policies/get-policy';
import { Pagination } from '@/components/ui/pagination';
import { TableHead } from '@/components/ui/table-head';
import { formatDay, formatYuan, industryLabel } from './format';
import { ValidityBadge } from './validity-badge';
import { HeadedSection } from '@/components/ui/headed-section';
import { FactList } from '@/components/ui/fact-list';
import { LinkLine } from '@/components/ui/link-line';

/** Everything about a policy: who issued it, for whom, what it gives, how to apply, and who received it. */
export async function PolicyDetail({ policy: p, locale, page }: { policy: PolicyRow; locale: Locale; page: number }) {
  const [t, tc, tcc] = await Promise.all([getTranslations('Policies'), getTranslations('PolicyCategories'), getTranslations('PolicyCreditConditions')]);
  const today = ratingDate();
  const validity = p.status === 'withdrawn' ? 'withdrawn' : policyValidity(p.validFrom, p.validTo, today);
  const beneficiaries = await getBeneficiaries(p.id, page);
  const pages = Math.max(1, Math.min(BENEFICIARIES_MAX_PAGE, Math.ceil(beneficiaries.total / BENEFICIARIES_PAGE_SIZE)));
  const current = Math.min(page, pages);
  const none = t('noRestriction');
  const facts: [string, string][] = [
    [t('issuingDepartment'), p.department[locale]],
    [t('docNo'), p.docNo ?? '—'],
    [t('category'), tc(p.category)],
    [t('issuedOn'), formatDay(p.issuedOn, locale)],
    [t('publishedOn'), p.publishedOn ? formatDay(p.publishedOn, locale) : '—'],
    [
      t('validPeriod'),
      p.validTo
        ? t('validRange', { from: formatDay(p.validFrom, locale), to: formatDay(p.validTo, locale) })
        : t('validFromOpen', { from: formatDay(p.validFrom, locale) }),
    ],
  ];
  const eligibility: [string, string][] = [
    [t('eligibleSizes'), p.sizes.length ? p.sizes.map((s) => t(`sizes.${s}`)).join('、') : none],
    [t('eligibleIndustries'), p.industries.length ? p.industries.map((c) => industryLabel(c, locale)).join('、') : none],
    [t('eligibleDistricts'), p.districts.length ? p.districts.map((c) => districtName(c, locale)).join('、') : none],
    [t('creditCondition'), tcc(p.creditCondition)],
  ];
  return (
    <article className="space-y-8" data-testid="policy-detail" data-policy-id={p.id} data-version={p.version}>
      <header className="space-y-2">
        <LinkLine href={`/${locale}/policies`} label={t('backToList')} />
        <div className="flex flex-wrap items-start gap-3">
          <h1 className="min-w-0 flex-1 text-2xl font-bold break-words sm:text-3xl">{p.title}</h1>
          <ValidityBadge validity={validity} />
        </div>
        {p.status === 'withdrawn' ? (
          <p role="note" className="rounded border-l-4 border-red-700 bg-red-50 p-3 text-red-900">
            {t('withdrawnNote', { date: p.withdrawnOn ? formatDay(p.withdrawnOn, locale) : '—', reason: p.withdrawalReason ?? '—' })}
          </p>
        ) : null}
        {p.publishedLate && p.publishedOn ? (
          <p className="rounded border-l-4 border-amber-600 bg-amber-50 p-3 text-amber-950" data-testid="published-late">
            {t('publishedLateNote', { days: Math.round((Date.parse(p.publishedOn) - Date.parse(p.issuedOn)) / 86_400_000) })}
          </p>
        ) : null}
      </header>

      <HeadedSection
        id="policy-facts"
        heading={t('factsHeading')}
        className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200"
        headingClassName="text-lg font-semibold"
      >
        <FactList rows={facts} className="mt-3 grid grid-cols-1 gap-x-4 gap-y-1 sm:grid-cols-[10rem_1fr]" termClassName="text-slate-600" />
      </HeadedSection>

      <HeadedSection id="policy-benefits" heading={t('benefitsHeading')} className="space-y-2" headingClassName="text-lg font-semibold">
        <p className="break-words whitespace-pre-line">{p.benefits}</p>
      </HeadedSection>

      <HeadedSection id="policy-eligibility" heading={t('eligibilityHeading')} className="space-y-2" headingClassName="text-lg font-semibold">
        <FactList rows={eligibility} className="grid grid-cols-1 gap-x-4 gap-y-1 sm:grid-cols-[10rem_1fr]" termClassName="text-slate-600" />
        <LinkLine href={`/${locale}/policies/guide`} label={t('guideLink')} />
      </HeadedSection>

      <HeadedSection id="policy-apply" heading={t('applyHeading')} className="space-y-2" headingClassName="text-lg font-semibold">
        <FactList
          rows={[
            [t('applySteps'), p.applySteps ?? '—'],
            [t('applyMaterials'), p.applyMaterials ?? '—'],
            [t('applyWhere'), p.applyWhere ?? '—'],
          ]}
          className="grid grid-cols-1 gap-x-4 gap-y-2 sm:grid-cols-[10rem_1fr]"
          termClassName="text-slate-600"
          valueClassName="break-words whitespace-pre-line"
        />
        {p.links.length > 0 || p.attachments.length > 0 ? (
          <ul className="list-disc space-y-1 pl-5">
            {p.links.map((l) => (
              <li key={`l-${l.url}`}>
                <a href={l.url} rel="noopener noreferrer" className="break-all text-brand-700 underline">
                  {l.label}
                </a>
              </li>
            ))}
            {p.attachments.map((a) => (
              <li key={`a-${a.url}`}>
                <a href={a.url} rel="noopener noreferrer" className="break-all text-brand-700 underline">
                  {a.name}
                </a>
                {a.bytes ? <span className="text-sm text-slate-600">（{t('attachmentSize', { kb: Math.max(1, Math.round(a.bytes / 1024)) })}）</span> : null}
              </li>
            ))}
          </ul>
        ) : null}
      </HeadedSection>

      <HeadedSection id="policy-beneficiaries" heading={t('beneficiariesHeading')} className="space-y-3" headingClassName="text-lg font-semibold">
        <p data-testid="beneficiary-totals" data-count={beneficiaries.total}>
          {t('beneficiaryTotals', { count: beneficiaries.total, amount: formatYuan(beneficiaries.amountCny, locale) })}
        </p>
        {beneficiaries.rows.length > 0 ? (
          <div
            role="region"
            aria-labelledby="policy-beneficiaries"
            tabIndex={0}
            className="max-w-full overflow-x-auto rounded-lg bg-white ring-1 ring-slate-200 focus:outline-2 focus:outline-brand-700"
          >
            <table className="w-full border-collapse text-sm">
              <TableHead
                rowClassName="border-b border-slate-300 bg-slate-50 text-left"
                cellClassName="px-3 py-1.5"
                columns={[t('colFirm'), t('colYear'), t('colContent'), { label: t('colAmount'), className: 'text-right' }, t('colImplementing'), t('colDate')]}
              />
              <tbody>
                {beneficiaries.rows.map((b) => (
                  <tr key={b.id} data-testid="beneficiary" className="border-b border-slate-100 align-top">
                    <th scope="row" className="px-3 py-1.5 text-left font-normal">
                      <a href={`/${locale}/entities/${b.uscc}`} className="text-brand-700 underline">
                        {b.name}
                      </a>
                    </th>
                    <td className="px-3 py-1.5 tabular-nums">{b.year}</td>
                    <td className="px-3 py-1.5">{b.content}</td>
                    <td className="px-3 py-1.5 text-right whitespace-nowrap tabular-nums">{b.amountCny === null ? '—' : formatYuan(b.amountCny, locale)}</td>
                    <td className="px-3 py-1.5">{b.implementingDepartment[locale]}</td>
                    <td className="px-3 py-1.5 whitespace-nowrap">{formatDay(b.grantedOn, locale)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          <p className="text-slate-700">{t('noBeneficiaries')}</p>
        )}
        {pages > 1 && (
          <Pagination
            label={t('beneficiaryPagination')}
            status={t('pageStatus', { page: current, pages })}
            previousHref={current > 1 ? `/${locale}/policies/${p.id}?page=${current - 1}` : undefined}
            nextHref={current < pages ? `/${locale}/policies/${p.id}?page=${current + 1}` : undefined}
            previousLabel={t('previous')}
            nextLabel={t('next')}
          />
        )}
      </HeadedSection>
    </article>
  );
}
