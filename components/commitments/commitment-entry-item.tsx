import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/domain/vocabulary';
import type { CommitmentEntry } from '@/lib/commitments/get-commitments';
import { FactList } from '@/components/ui/fact-list';
import { CommitmentStatusBadge } from './commitment-status';

/** One commitment of the list: the firm, the procedure, the date, the department and the status in words. */
export async function CommitmentEntryItem({ entry: e, locale }: { entry: CommitmentEntry; locale: Locale }) {
  const t = await getTranslations('Commitments');
  const rows: [string, string][] = [
    [t('procedure'), e.procedure?.[locale] ?? e.procedureCode ?? t('noProcedure')],
    [t('signedOn'), e.signedOn],
    [t('department'), e.department[locale]],
    [t('docNo'), e.docNo ?? '—'],
  ];
  return (
    <li data-testid="commitment-entry" className="rounded border border-slate-200 bg-white p-3">
      <div className="flex flex-wrap items-center gap-2">
        <a href={`/${locale}/entities/${e.uscc}`} className="font-semibold break-words text-brand-700 underline">
          {e.name}
        </a>
        <CommitmentStatusBadge status={e.status} />
      </div>
      <p className="mt-1 text-sm break-all text-slate-600">{e.uscc}</p>
      <FactList rows={rows} className="mt-2 grid grid-cols-1 gap-x-4 gap-y-1 text-sm sm:grid-cols-[8rem_1fr]" termClassName="text-slate-600" />
      {e.brokenRecordId ? (
        <p className="mt-2 text-sm">
          <a href={`/${locale}/entities/${e.uscc}#record-${e.brokenRecordId}`} className="text-brand-700 underline">
            {t('brokenRecordLink')}
          </a>
        </p>
      ) : null}
    </li>
  );
}
