import { getFormatter, getTranslations } from 'next-intl/server';
import { calendarDate } from '@/components/entity/format';
import { MEASURE_KINDS } from '@/lib/domain/measures';
import type { Locale } from '@/lib/domain/vocabulary';
import type { MeasureRow } from '@/lib/measures/get-measure-catalogue';
import { departmentIn, legalBasisIn } from '@/lib/measures/localize-measure';

/** The measures catalogue by kind, punitive first: each measure under its own anchor (#code). */
export async function MeasureCatalogue({ measures, locale }: { measures: readonly MeasureRow[]; locale: Locale }) {
  const t = await getTranslations('Measures');
  const tlevel = await getTranslations('Levels');
  const tkind = await getTranslations('Kinds');
  const format = await getFormatter();
  const date = (iso: string) => format.dateTime(calendarDate(iso), { dateStyle: 'long' });
  const kinds = [...MEASURE_KINDS].reverse();
  return (
    <div className="space-y-8">
      {kinds.map((kind) => {
        const ofKind = measures.filter((m) => m.kind === kind);
        return (
          <section key={kind} aria-labelledby={`measures-${kind}`} className="space-y-4">
            <h2 id={`measures-${kind}`} className="text-xl font-bold">
              {t('kindHeading', { kind })} <span className="text-base font-normal text-slate-600">{t('kindCount', { count: ofKind.length })}</span>
            </h2>
            {ofKind.length === 0 && <p className="text-slate-700">{t('none')}</p>}
            <ul className="space-y-4">
              {ofKind.map((m) => {
                const appliesTo = format.list([
                  ...m.levels.map((level) => t('levelItem', { level: tlevel(level) })),
                  ...m.listKinds.map((list) => t('listItem', { list: tkind(list) })),
                ]);
                return (
                  <li key={m.code} id={m.code} className="scroll-mt-4 rounded-lg bg-white p-5 shadow-sm ring-1 ring-slate-200">
                    <h3 className="text-lg font-semibold">{m.title[locale]}</h3>
                    <p className="mt-1 text-slate-800">{m.description[locale]}</p>
                    {m.excludesSupport && <p className="mt-2 rounded border-l-4 border-red-700 bg-red-50 p-2 text-sm text-red-900">{t('excludesSupport')}</p>}
                    <dl className="mt-3 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[8rem_1fr]">
                      <dt className="font-semibold text-slate-700">{t('appliesTo')}</dt>
                      <dd>{appliesTo}</dd>
                      <dt className="font-semibold text-slate-700">{t('legalBasis')}</dt>
                      <dd>{legalBasisIn(m, locale)}</dd>
                      <dt className="font-semibold text-slate-700">{t('department')}</dt>
                      <dd>{departmentIn(m, locale) ?? t('allDepartments')}</dd>
                      <dt className="font-semibold text-slate-700">{t('effective')}</dt>
                      <dd>
                        {m.effectiveTo === null
                          ? t('effectiveOpen', { from: date(m.effectiveFrom) })
                          : t('effectiveRange', { from: date(m.effectiveFrom), to: date(m.effectiveTo) })}
                      </dd>
                    </dl>
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
