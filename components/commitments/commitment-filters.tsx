import { getTranslations } from 'next-intl/server';
import { COMMITMENT_STATUSES } from '@/lib/domain/commitments';
import type { Locale } from '@/lib/domain/vocabulary';
import { getCommitmentDepartments, getCommitmentTemplates } from '@/lib/commitments/get-commitments';
import type { CommitmentQuery } from '@/lib/commitments/parse-commitment-query';
import { FilterPanel } from '@/components/filters/filter-panel';
import { SelectFields } from '@/components/ui/select-field';

/** The commitments filters as a plain GET form: works without JavaScript, URLs are stable and shareable. */
export async function CommitmentFilters({ query, locale }: { query: CommitmentQuery; locale: Locale }) {
  const t = await getTranslations('Commitments');
  const [templates, departments] = await Promise.all([getCommitmentTemplates(), getCommitmentDepartments()]);
  const field = 'mt-1 w-full rounded border-2 border-slate-500 bg-white px-2 py-1.5';
  return (
    <FilterPanel
      headingId="commitment-filters-heading"
      heading={t('filtersHeading')}
      action={`/${locale}/commitments`}
      applyLabel={t('apply')}
      clearLabel={t('clear')}
    >
      <SelectFields
        idPrefix="cf"
        anyLabel={t('any')}
        fields={[
          {
            name: 'procedure',
            label: t('procedure'),
            defaultValue: query.procedure,
            options: templates.map((p) => ({ value: p.procedureCode, label: p.title[locale] })),
          },
          {
            name: 'department',
            label: t('department'),
            defaultValue: query.department,
            options: departments.map((d) => ({ value: d.code, label: d[locale] })),
          },
          {
            name: 'status',
            label: t('statusLabel'),
            defaultValue: query.status,
            options: COMMITMENT_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) })),
          },
        ]}
      />
      <div className="grid grid-cols-2 gap-2">
        {(['from', 'to'] as const).map((key) => (
          <div key={key}>
            <label htmlFor={`cf-${key}`} className="text-sm font-semibold">
              {t(key)}
            </label>
            <input id={`cf-${key}`} type="date" name={key} defaultValue={query[key] ?? ''} className={field} />
          </div>
        ))}
      </div>
    </FilterPanel>
  );
}
