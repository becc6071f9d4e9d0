import { getTranslations } from 'next-intl/server';
import type { ListSlug, Locale } from '@/lib/domain/vocabulary';
import { districtOptions, industryOptions } from '@/lib/reference/labels';
import { LIST_KINDS } from '@/lib/lists/list-definitions';
import { listListAuthorities } from '@/lib/lists/get-list-entries';
import { LIST_STATUSES, type ListQuery } from '@/lib/lists/parse-list-query';
import { DateRangeFields } from '@/components/filters/date-range-fields';
import { FilterPanel, RadioFilter } from '@/components/filters/filter-panel';
import { SelectFields } from '@/components/ui/select-field';

/** The list filters as a plain GET form: works without JavaScript, URLs are stable and shareable. */
export async function ListFilters({ slug, query, locale }: { slug: ListSlug; query: ListQuery; locale: Locale }) {
  const t = await getTranslations('Lists');
  const authorities = await listListAuthorities(LIST_KINDS[slug]);
  const statusLabel = { current: t('statusCurrent'), removed: t('statusRemoved'), all: t('statusAll') };
  const field = 'mt-1 w-full rounded border-2 border-slate-500 bg-white px-2 py-1.5';
  return (
    <FilterPanel
      headingId="list-filters-heading"
      heading={t('filtersHeading')}
      action={`/${locale}/lists/${slug}`}
      applyLabel={t('apply')}
      clearLabel={t('clear')}
    >
      <RadioFilter legend={t('statusLabel')} name="status" values={LIST_STATUSES} labels={statusLabel} checked={query.status} />
      <SelectFields
        idPrefix="lf"
        anyLabel={t('any')}
        fields={[
          { name: 'district', label: t('district'), defaultValue: query.district, options: districtOptions(locale) },
          { name: 'industry', label: t('industry'), defaultValue: query.industry, options: industryOptions(locale) },
          { name: 'authority', label: t('authority'), defaultValue: query.authority, options: authorities.map((a) => ({ value: a.code, label: a[locale] })) },
        ]}
      />
      <DateRangeFields idPrefix="lf" labels={{ from: t('from'), to: t('to') }} values={query} />
      <div>
        <label htmlFor="lf-sort" className="font-semibold">
          {t('sort')}
        </label>
        <select id="lf-sort" name="sort" defaultValue={query.sort} className={field}>
          <option value="newest">{t('sortNewest')}</option>
          <option value="oldest">{t('sortOldest')}</option>
        </select>
      </div>
    </FilterPanel>
  );
}
