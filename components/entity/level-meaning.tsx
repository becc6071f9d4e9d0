import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/domain/vocabulary';
import { Link } from '@/lib/i18n/navigation';
import type { MeasureRow } from '@/lib/measures/get-measure-catalogue';
import { departmentIn, legalBasisIn } from '@/lib/measures/localize-measure';
import { CatalogueLink } from '@/components/measures/catalogue-link';

/** "What this level means": the measures that apply to the firm now, each linked to its place in the catalogue. */
export async function LevelMeaning({ measures, locale }: { measures: readonly MeasureRow[]; locale: Locale }) {
  const t = await getTranslations('LevelMeaning');
  return (
    <section aria-labelledby="level-meaning-heading" className="rounded-lg bg-white p-5 shadow-sm ring-1 ring-slate-200" data-testid="level-meaning">
      <h2 id="level-meaning-heading" className="text-xl font-bold">
        {t('heading')}
      </h2>
      {measures.length === 0 ? (
        <p className="mt-2 text-slate-700">{t('none')}</p>
      ) : (
        <>
          <p className="mt-1 text-slate-700">{t('intro')}</p>
          <ul className="mt-3 space-y-3">
            {measures.map((m) => {
              const department = departmentIn(m, locale);
              return (
                <li key={m.code} data-measure-kind={m.kind} className="border-l-4 border-slate-300 pl-3">
                  <p>
                    <span
                      className={`mr-2 rounded px-1.5 py-0.5 text-xs font-semibold ${m.kind === 'punitive' ? 'bg-red-100 text-red-900' : 'bg-green-100 text-green-900'}`}
                    >
                      {t('kind', { kind: m.kind })}
                    </span>
                    <Link href={`/measures#${m.code}`} className="font-semibold text-brand-700 underline underline-offset-2">
                      {m.title[locale]}
                    </Link>
                  </p>
                  <p className="mt-1 text-sm text-slate-700">{t('basis', { basis: legalBasisIn(m, locale) })}</p>
                  {department && <p className="text-sm text-slate-700">{t('department', { department })}</p>}
                </li>
              );
            })}
          </ul>
        </>
      )}
      <CatalogueLink label={t('catalogueLink')} className="mt-3 text-sm" />
    </section>
  );
}
