import { getTranslations } from 'next-intl/server';
import { TableHead } from '@/components/ui/table-head';
import type { PublicityRule } from '@/lib/domain/publicity';

/** The publicity catalogue's entries as a table: kind, severity, periods, collection deadline, whether they count. */
export async function PublicityTable({ rules, caption, anchors = false }: { rules: readonly PublicityRule[]; caption: string; anchors?: boolean }) {
  const t = await getTranslations('Catalogue');
  const tk = await getTranslations('Kinds');
  const ts = await getTranslations('Severities');
  const cell = 'px-3 py-2 text-left align-top';
  return (
    <div className="overflow-x-auto rounded-lg bg-white shadow-sm ring-1 ring-slate-200">
      <table className="w-full min-w-[40rem] text-sm">
        <caption className="px-3 py-2 text-left font-semibold">{caption}</caption>
        <TableHead
          className="bg-slate-100"
          cellClassName={cell}
          columns={[t('kind'), t('severity'), t('minimum'), t('maximum'), t('collection'), t('counts'), t('effectiveFrom')]}
        />
        <tbody>
          {rules.map((r) => (
            <tr
              key={`${r.kind}-${r.severity ?? ''}-${r.effectiveFrom}`}
              id={anchors ? `${r.kind}${r.severity ? `-${r.severity}` : ''}` : undefined}
              className="border-t border-slate-200"
            >
              <th scope="row" className={`${cell} font-semibold`}>
                {tk(r.kind)}
              </th>
              <td className={cell}>{r.severity ? ts(r.severity) : t('anySeverity')}</td>
              <td className={cell}>
                {r.minMonths === null ? t('noMinimum') : t('months', { count: r.minMonths })}
                {!r.repairBeforeMax && <span className="block text-red-900">{t('noRepairBeforeMax')}</span>}
              </td>
              <td className={cell}>{r.maxMonths === null ? t('untilRemoved') : t('months', { count: r.maxMonths })}</td>
              <td className={cell}>{t('workingDays', { count: r.collectionWorkingDays })}</td>
              <td className={cell}>{r.countsTowardLevel ? t('countsYes') : t('countsNo')}</td>
              <td className={cell}>
                <time dateTime={r.effectiveFrom}>{r.effectiveFrom}</time>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
