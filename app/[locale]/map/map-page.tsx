import { getFormatter, getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/domain/vocabulary';
import { ratingDate } from '@/lib/env';
import { localizedMetadata, pageLocale } from '@/lib/i18n/page-metadata';
import { MAP_MODES, getMapFigures, mapValue, parseMapMode } from '@/lib/map/get-map-figures';
import { districtShape } from '@/lib/map/district-shapes';
import { districtName } from '@/lib/reference/labels';
import { calendarDate } from '@/components/entity/format';
import { CityMap, districtSearchHref } from '@/components/map/city-map';
import { TableHead } from '@/components/ui/table-head';

export const generateMetadata = localizedMetadata('CityMap', { description: 'metaDescription' });

type SearchParams = Record<string, string | string[] | undefined>;

/** The city map (/{locale}/map, ?by=level|list|new): served as is and from q/[view] (lib/cache/query-view.mjs). */
export async function MapPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> }) {
  const locale = (await pageLocale(params)) as Locale;
  const mode = parseMapMode((await searchParams).by);
  const today = ratingDate();
  const [t, format, figures] = await Promise.all([getTranslations('CityMap'), getFormatter(), getMapFigures(today)]);
  const cell = 'px-2 py-1.5 text-left';
  const num = (n: number) => format.number(n);
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold sm:text-3xl">{t('heading')}</h1>
        <p className="text-slate-700">{t('intro')}</p>
      </header>
      <nav aria-label={t('modesLabel')}>
        <ul className="flex flex-wrap gap-2" data-testid="map-modes">
          {MAP_MODES.map((m) => (
            <li key={m}>
              <a
                href={m === 'level' ? `/${locale}/map` : `/${locale}/map?by=${m}`}
                aria-current={m === mode ? 'page' : undefined}
                className={`inline-block rounded border px-3 py-1.5 text-sm ${m === mode ? 'border-brand-700 bg-brand-700 font-semibold text-white' : 'border-slate-400 text-brand-700 underline'}`}
              >
                {t('mode', { mode: m })}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <div className="grid gap-6 lg:grid-cols-[3fr_2fr]">
        <CityMap figures={figures} mode={mode} locale={locale} />
        <section aria-labelledby="map-table-heading" className="min-w-0">
          <h2 id="map-table-heading" className="text-lg font-semibold">
            {t('tableHeading')}
          </h2>
          <div className="mt-2 overflow-x-auto">
            <table className="w-full text-sm" data-testid="map-table">
              <caption className="mb-2 text-left text-slate-600">
                {t('tableCaption', { date: format.dateTime(calendarDate(today), { dateStyle: 'long' }) })}
              </caption>
              <TableHead
                className="bg-slate-100"
                cellClassName={cell}
                columns={[t('columnDistrict'), t('columnTotal'), t('columnRedBlack'), t('mode', { mode }), t('columnLinks')]}
              />
              <tbody>
                {figures.map((f) => (
                  <tr key={f.code} data-district={f.code} className="border-b border-slate-200">
                    <th scope="row" className={`${cell} font-medium`}>
                      {districtName(f.code, locale)}
                      {!districtShape(f.code) && <span className="block text-xs font-normal text-slate-600">{t('noBoundary')}</span>}
                    </th>
                    <td className={cell} data-column="total">
                      {num(f.total)}
                    </td>
                    <td className={cell} data-column="red-black">
                      {num(f.red + f.black)}
                    </td>
                    <td className={cell} data-column="value">
                      {t('value', { mode, value: mapValue(f, mode) })}
                    </td>
                    <td className={cell}>
                      <a href={districtSearchHref(locale, f.code, mode)} className="text-brand-700 underline">
                        {t('searchLink')}
                      </a>{' '}
                      <a href={`/${locale}/lists/joint-punishment?district=${f.code}`} className="text-brand-700 underline">
                        {t('listLink')}
                      </a>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      </div>
    </div>
  );
}
