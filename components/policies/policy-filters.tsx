import { getTranslations } from 'next-intl/server';
import { POLICY_CATEGORIES, POLICY_VALIDITY } from '@/lib/domain/policies';
import type { Locale } from '@/lib/domain/vocabulary';
import { getPolicyDepartments } from '@/lib/policies/find-policies';
import type { PolicyQuery } from '@/lib/policies/policy-query';
import { districtOptions, industryOptions } from '@/lib/reference/labels';
import { SelectField } from '@/components/ui/select-field';

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
      <fieldset>
        <legend className="font-semibold">{t('validityLabel')}</legend>
        <div className="mt-2 flex flex-wrap gap-x-4 gap-y-2">
          <label className="flex items-center gap-2">
            <input type="radio" name="status" value="" defaultChecked={!query.status} className="h-5 w-5" />
            {t('validityAll')}
          </label>
          {POLICY_VALIDITY.map((v) => (
            <label key={v} className="flex items-center gap-2">
              <input type="radio" name="status" value={v} defaultChecked={query.status === v} className="h-5 w-5" />
              {t(`validity.${v}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          id="pf-category"
          name="category"
          label={t('category')}
          anyLabel={t('any')}
          defaultValue={query.category}
          options={POLICY_CATEGORIES.map((c) => ({ value: c, label: tc(c) }))}
        />
        <SelectField
          id="pf-department"
          name="department"
          label={t('department')}
          anyLabel={t('any')}
          defaultValue={query.department}
          options={departments.map((d) => ({ value: d.code, label: d[locale] }))}
        />
        <SelectField
          id="pf-district"
          name="district"
          label={t('district')}
          anyLabel={t('any')}
          defaultValue={query.district}
          options={districtOptions(locale)}
        />
        <SelectField
          id="pf-industry"
          name="industry"
          label={t('industry')}
          anyLabel={t('any')}
          defaultValue={query.industry}
          options={industryOptions(locale)}
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
