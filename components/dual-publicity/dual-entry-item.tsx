import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/domain/vocabulary';
import { DUAL_PUBLICATION_LIMIT } from '@/lib/domain/dual-publicity';
import type { DualEntry } from '@/lib/dual-publicity/get-dual-entries';
import { districtName } from '@/lib/reference/labels';
import { formatDay } from '@/components/policies/format';
import { FactList } from '@/components/ui/fact-list';

/** One licence or penalty: the firm, the decision (文书号, dates, department) and whether it was published on time. */
export async function DualEntryItem({ entry, locale }: { entry: DualEntry; locale: Locale }) {
  const [t, tk, ts] = await Promise.all([getTranslations('DualPublicity'), getTranslations('Kinds'), getTranslations('Severities')]);
  const rows: [string, string][] = [
    [t('colTitle'), entry.title],
    [t('colDocNo'), entry.docNo ?? '—'],
    [t('colDecisionDate'), formatDay(entry.decisionDate, locale)],
    [t('colPublishedOn'), formatDay(entry.publishedOn, locale)],
    [t('colDepartment'), entry.department[locale]],
    [t('district'), districtName(entry.districtCode, locale)],
  ];
  if (entry.severity) rows.push([t('colSeverity'), ts(entry.severity)]);
  return (
    <li
      data-testid="dual-entry"
      data-uscc={entry.uscc}
      data-doc-no={entry.docNo ?? ''}
      data-late={entry.late}
      className={`rounded-lg bg-white p-4 shadow-sm ring-1 ${entry.late ? 'ring-amber-400' : 'ring-slate-200'}`}
    >
      <div className="flex flex-wrap items-start justify-between gap-2">
        <a href={`/${locale}/entities/${entry.uscc}`} className="min-w-0 text-lg font-semibold break-words text-brand-700 underline-offset-2 hover:underline">
          {entry.name}
        </a>
        <span className="shrink-0 rounded bg-slate-200 px-2 py-0.5 text-sm font-semibold text-slate-900">{tk(entry.kind)}</span>
      </div>
      <FactList rows={rows} className="mt-2 grid grid-cols-1 gap-x-4 gap-y-1 text-sm sm:grid-cols-[9rem_1fr]" termClassName="text-slate-600" />
      {/* In words, not only colour: the badge says on time or late and by how many working days. */}
      <p
        data-testid="dual-timeliness"
        className={`mt-2 inline-block rounded px-2 py-0.5 text-sm font-semibold ${entry.late ? 'bg-amber-100 text-amber-950' : 'bg-green-100 text-green-900'}`}
      >
        {entry.late ? t('late', { days: entry.lagWorkingDays, limit: DUAL_PUBLICATION_LIMIT }) : t('onTime', { days: entry.lagWorkingDays })}
      </p>
    </li>
  );
}
