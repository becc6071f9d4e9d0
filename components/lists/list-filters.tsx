import { getTranslations } from 'next-intl/server';
import type { ListSlug, Locale } from '@/lib/domain/vocabulary';
import { JINAN_DISTRICTS } from '@/lib/reference/districts';
import { INDUSTRIES } from '@/lib/reference/industries';
import { LIST_KINDS } from '@/lib/lists/list-definitions';
import { listListAuthorities } from '@/lib/lists/get-list-entries';
import { LIST_STATUSES, type ListQuery } from '@/lib/lists/parse-list-query';
import { SelectField } from '@/components/ui/select-field';

/** The list filters as a plain GET form: works without JavaScript, URLs are stable and shareable. */
export async function ListFilters({ slug, query, locale }: { slug: ListSlug; query: ListQuery; locale: Locale }) {
  const t = await getTranslations('Lists');
  const authorities = await listListAuthorities(LIST_KINDS[slug]);
  const statusLabel = { current: t('statusCurrent'), removed: t('statusRemoved'), all: t('statusAll') };
  const field = 'mt-1 w-full rounded border-2 border-slate-500 bg-white px-2 py-1.5';
  return (
    <aside aria-labelledby="list-filters-heading">
      <h2 id="list-filters-heading" className="text-lg font-semibold">{t('filtersHeading')}</h2>
      <form method="get" action={`/${locale}/lists/${slug}`} className="mt-3 space-y-4 rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200">
        <fieldset>
          <legend className="font-semibold">{t('statusLabel')}</legend>
          <div className="mt-2 space-y-2">
            {LIST_STATUSES.map((s) => (
              <label key={s} className="flex items-center gap-2">
                <input type="radio" name="status" value={s} defaultChecked={query.status === s} className="h-5 w-5" />
                {statusLabel[s]}
              </label>
            ))}
          </div>
        </fieldset>
        <SelectField id="lf-district" name="district" label={t('district')} anyLabel={t('any')} defaultValue={query.district}
          options={JINAN_DISTRICTS.map((d) => ({ value: d.code, label: d.name[locale] }))} />
        <SelectField id="lf-industry" name="industry" label={t('industry')} anyLabel={t('any')} defaultValue={query.industry}
          options={INDUSTRIES.map((i) => ({ value: i.code, label: `${i.name[locale]}（${i.code}）` }))} />
        <SelectField id="lf-authority" name="authority" label={t('authority')} anyLabel={t('any')} defaultValue={query.authority}
          options={authorities.map((a) => ({ value: a.code, label: a[locale] }))} />
        <div className="grid grid-cols-2 gap-2">
          <div>
            <label htmlFor="lf-from" className="text-sm font-semibold">{t('from')}</label>
            <input id="lf-from" type="date" name="from" defaultValue={query.from ?? ''} className={field} />
          </div>
          <div>
            <label htmlFor="lf-to" className="text-sm font-semibold">{t('to')}</label>
            <input id="lf-to" type="date" name="to" defaultValue={query.to ?? ''} className={field} />
          </div>
        </div>
        <div>
          <label htmlFor="lf-sort" className="font-semibold">{t('sort')}</label>
          <select id="lf-sort" name="sort" defaultValue={query.sort} className={field}>
            <option value="newest">{t('sortNewest')}</option>
            <option value="oldest">{t('sortOldest')}</option>
          </select>
        </div>
        <button type="submit" className="w-full rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">{t('apply')}</button>
        <a href={`/${locale}/lists/${slug}`} className="block text-center text-brand-700 underline">{t('clear')}</a>
      </form>
    </aside>
  );
}
