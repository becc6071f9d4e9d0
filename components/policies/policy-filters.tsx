import { getTranslations } from 'next-intl/server';
import { POLICY_CATEGORIES, POLICY_VALIDITY } from '@/lib/domain/policies';
import type { Locale } from '@/lib/domain/vocabulary';
import { getPolicyDepartments } from '@/lib/policies/find-policies';
import type { PolicyQuery } from '@/lib/policies/policy-query';
import { districtOptions, industryOptions } from '@/lib/reference/labels';
import { SelectFields } from '@/components/ui/select-field';
import { RadioFilter } from '@/components/filters/filter-panel';

/** Search box and filters as one plain GET form: works without JavaScript, URLs stable and shareable. */
export async function PolicyFilters({ query, locale }: { query: PolicyQuery; locale: Locale }) {
  const [t, tc, departments] = await Promise.all([getTranslations('Policies'), getTranslations('PolicyCategories'), getPolicyDepartments()]);
  return (
    <form
      method="get"
      action={`/${locale}/policies`}
      role="search"
      aria-label={t('searchLabel')}
      className="space-y-4 rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200"
    >
      <div>
        <label htmlFor="pf-q" className="font-semibold">
          {t('searchLabel')}
        </label>
        <div className="mt-1 flex gap-2">
          <input
            id="pf-q"
            type="search"
            name="q"
            defaultValue={query.q}
            maxLength={100}
            className="min-w-0 flex-1 rounded border-2 border-slate-500 bg-white px-2 py-1.5"
          />
          <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
            {t('searchButton')}
          </button>
        </div>
      </div>
      <RadioFilter
        inline
        legend={t('validityLabel')}
        name="status"
        values={['', ...POLICY_VALIDITY] as const}
        labels={(v) => (v ? t(`validity.${v}`) : t('validityAll'))}
        checked={query.status ?? ''}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectFields
          idPrefix="pf"
          anyLabel={t('any')}
          fields={[
            { name: 'category', label: t('category'), defaultValue: query.category, options: POLICY_CATEGORIES.map((c) => ({ value: c, label: tc(c) })) },
            {
              name: 'department',
              label: t('department'),
              defaultValue: query.department,
              options: departments.map((d) => ({ value: d.code, label: d[locale] })),
            },
            { name: 'district', label: t('district'), defaultValue: query.district, options: districtOptions(locale) },
            { name: 'industry', label: t('industry'), defaultValue: query.industry, options: industryOptions(locale) },
          ]}
        />
      </div>
      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
          {t('apply')}
        </button>
        <a href={`/${locale}/policies`} className="text-brand-700 underline">
          {t('clear')}
        </a>
      </div>
    </form>
  );
}
