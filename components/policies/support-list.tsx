import { getTranslations } from 'next-intl/server';
import type { SupportRow } from '@/lib/policies/small-business-profile';
import type { Locale } from '@/lib/domain/vocabulary';
import { formatDay, formatYuan } from './format';

/** Support received: year, policy basis, content, amount, implementing department, date. */
export async function SupportList({ rows, locale, testId = 'support-row' }: { rows: SupportRow[]; locale: Locale; testId?: string }) {
  const t = await getTranslations('Policies');
  return (
    <ul className="space-y-2">
      {rows.map((s) => (
        <li key={s.id} data-testid={testId} className="rounded border border-slate-200 bg-white p-3 text-sm">
          <p className="font-semibold break-words">
            {s.policyId !== null ? (
              <a href={`/${locale}/policies/${s.policyId}`} className="text-brand-700 underline">
                {s.policyTitle}
              </a>
            ) : (
              s.policyBasis
            )}
          </p>
          <dl className="mt-1 grid grid-cols-1 gap-x-3 sm:grid-cols-[7rem_1fr]">
            <dt className="text-slate-600">{t('colYear')}</dt>
            <dd>{s.year}</dd>
            <dt className="text-slate-600">{t('colContent')}</dt>
            <dd className="break-words">{s.content}</dd>
            <dt className="text-slate-600">{t('colAmount')}</dt>
            <dd className="tabular-nums">{s.amountCny === null ? '—' : formatYuan(s.amountCny, locale)}</dd>
            <dt className="text-slate-600">{t('colImplementing')}</dt>
            <dd>{s.implementingDepartment[locale]}</dd>
            <dt className="text-slate-600">{t('colDate')}</dt>
            <dd>{formatDay(s.grantedOn, locale)}</dd>
          </dl>
        </li>
      ))}
    </ul>
  );
}
