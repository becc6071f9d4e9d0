import { getTranslations } from 'next-intl/server';
import type { PolicyRow } from '@/lib/policies/get-policy';
import { policyValidity } from '@/lib/domain/policies';
import type { Locale } from '@/lib/domain/vocabulary';
import { formatDay } from './format';
import { ValidityBadge } from './validity-badge';

/** One policy in a list: title, department, category, validity and what it gives, in short. */
export async function PolicyCard({ policy, locale, today, children }: { policy: PolicyRow; locale: Locale; today: string; children?: React.ReactNode }) {
  const t = await getTranslations('Policies');
  const tc = await getTranslations('PolicyCategories');
  const validity = policyValidity(policy.validFrom, policy.validTo, today);
  return (
    <li data-testid="policy-item" data-policy-id={policy.id} data-validity={validity} className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h3 className="min-w-0 text-lg font-semibold break-words">
          <a href={`/${locale}/policies/${policy.id}`} className="text-brand-700 underline-offset-2 hover:underline">
            {policy.title}
          </a>
        </h3>
        <ValidityBadge validity={validity} />
      </div>
      <p className="mt-1 text-sm text-slate-700">
        {policy.department[locale]} · {tc(policy.category)}
        {policy.docNo ? ` · ${policy.docNo}` : ''}
      </p>
      <p className="mt-2 line-clamp-3 text-sm break-words">{policy.benefits}</p>
      <p className="mt-2 text-sm text-slate-700">
        {policy.validTo
          ? t('validRange', { from: formatDay(policy.validFrom, locale), to: formatDay(policy.validTo, locale) })
          : t('validFromOpen', { from: formatDay(policy.validFrom, locale) })}
        {policy.publishedLate ? (
          <span className="ml-2 rounded bg-amber-100 px-1.5 py-0.5 text-xs font-semibold text-amber-900">{t('publishedLate')}</span>
        ) : null}
      </p>
      {children}
    </li>
  );
}
