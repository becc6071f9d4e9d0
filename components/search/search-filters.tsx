import { getTranslations } from 'next-intl/server';
import { CREDIT_LEVELS, ENTITY_TYPES, type Locale } from '@/lib/domain/vocabulary';
import { districtName, industryName } from '@/lib/reference/labels';
import type { SearchQuery } from '@/lib/entities/parse-search-params';
import type { FindEntitiesResult } from '@/lib/entities/find-entities';
import { CreditBadge } from '@/components/entity/credit-badge';
import { SelectFields } from '@/components/ui/select-field';
import { searchHref } from './search-url';

/** Facet filters as a plain GET form (works without JavaScript), each option with its count. */
export async function SearchFilters({ query, facets, locale }: { query: SearchQuery; facets: FindEntitiesResult['facets']; locale: Locale }) {
  const t = await getTranslations('Search');
  const ttype = await getTranslations('EntityTypes');
  const count = (m: Record<string, number>, k: string) => m[k] ?? 0;
  const districts = Object.keys(facets.districtCode).sort();
  const industries = Object.keys(facets.industryCode).sort();
  return (
    <aside aria-labelledby="filters-heading">
      <h2 id="filters-heading" className="text-lg font-semibold">
        {t('filtersHeading')}
      </h2>
      <form method="get" action={`/${locale}/search`} className="mt-3 space-y-4 rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200">
        <input type="hidden" name="q" value={query.q} />
        <fieldset>
          <legend className="font-semibold">{t('facetLevel')}</legend>
          <ul className="mt-2 space-y-2">
            {CREDIT_LEVELS.map((level) => (
              <li key={level}>
                <label className="flex items-center gap-2">
                  <input type="checkbox" name="level" value={level} defaultChecked={query.level.includes(level)} className="h-5 w-5" />
                  <CreditBadge level={level} />
                  <span className="text-sm text-slate-700">({count(facets.creditLevel, level)})</span>
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
        <SelectFields
          idPrefix="f"
          anyLabel={t('allOption')}
          fields={[
            {
              name: 'district',
              label: t('facetDistrict'),
              defaultValue: query.district,
              options: districts.map((code) => ({ value: code, label: `${districtName(code, locale)} (${count(facets.districtCode, code)})` })),
            },
            {
              name: 'industry',
              label: t('facetIndustry'),
              defaultValue: query.industry,
              options: industries.map((code) => ({ value: code, label: `${industryName(code, locale)} (${count(facets.industryCode, code)})` })),
            },
            {
              name: 'type',
              label: t('facetType'),
              defaultValue: query.type,
              options: ENTITY_TYPES.map((type) => ({ value: type, label: `${ttype(type)} (${count(facets.type, type)})` })),
            },
          ]}
        />
        <button type="submit" className="w-full rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
          {t('applyFilters')}
        </button>
        <a
          href={searchHref(locale, { ...query, level: [], district: undefined, industry: undefined, type: undefined, page: 1 })}
          className="block text-center text-brand-700 underline"
        >
          {t('clearFilters')}
        </a>
      </form>
    </aside>
  );
}
