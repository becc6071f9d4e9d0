import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/domain/vocabulary';
import type { ListEntry } from '@/lib/lists/get-list-entries';
import { districtName } from '@/lib/reference/labels';
import { formatMediumDate } from '@/components/entity/format';

/** One list entry: the firm, when and why it was listed, by whom, and whether it was removed. */
export async function ListEntryItem({ entry, locale, showList }: { entry: ListEntry; locale: Locale; showList?: string }) {
  const t = await getTranslations('Lists');
  const fmt = (iso: string) => formatMediumDate(iso, locale);
  return (
    <li
      data-testid="list-entry"
      data-uscc={entry.uscc}
      data-listed-now={entry.listedNow}
      className={`rounded-lg bg-white p-4 shadow-sm ring-1 ${entry.listedNow ? 'ring-red-300' : 'ring-slate-200'}`}
    >
      <div className="flex flex-wrap items-start justify-between gap-2">
        <a href={`/${locale}/entities/${entry.uscc}`} className="text-lg font-semibold break-words text-brand-700 underline-offset-2 hover:underline">
          {entry.name}
        </a>
        {entry.listedNow ? (
          <span className="rounded bg-red-700 px-2 py-0.5 text-sm font-semibold text-white">{t('listedNow')}</span>
        ) : (
          <span className="rounded bg-slate-200 px-2 py-0.5 text-sm font-semibold text-slate-900">{t('removedOn', { date: fmt(entry.removedOn!) })}</span>
        )}
      </div>
      <dl className="mt-2 grid grid-cols-1 gap-x-4 gap-y-1 text-sm sm:grid-cols-[9rem_1fr]">
        {showList && (
          <>
            <dt className="sr-only">{t('indexHeading')}</dt>
            <dd className="font-semibold sm:col-span-2">{showList}</dd>
          </>
        )}
        <dt className="text-slate-600">{t('colListedOn')}</dt>
        <dd data-field="listedOn">{fmt(entry.listedOn)}</dd>
        <dt className="text-slate-600">{t('colGrounds')}</dt>
        <dd className="break-words">{entry.grounds ?? '—'}</dd>
        <dt className="text-slate-600">{t('colAuthority')}</dt>
        <dd>{entry.authority[locale]}</dd>
        <dt className="text-slate-600">{t('colDocNo')}</dt>
        <dd className="break-words">{entry.docNo ?? '—'}</dd>
        <dt className="text-slate-600">{t('district')}</dt>
        <dd>{districtName(entry.districtCode, locale)}</dd>
        {!entry.listedNow && (
          <>
            <dt className="text-slate-600">{t('colRemoval')}</dt>
            <dd className="break-words">
              {t('removedOn', { date: fmt(entry.removedOn!) })}
              {entry.removalReason ? `；${t('removalReason', { reason: entry.removalReason })}` : ''}
            </dd>
          </>
        )}
      </dl>
    </li>
  );
}
