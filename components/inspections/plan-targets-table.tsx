// A plan's firms with their inspectors (by role only) and results: a table that scrolls sideways
// on a narrow screen.
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/domain/vocabulary';
import type { PublicTarget } from '@/lib/inspections/get-inspections';
import { TableHead } from '@/components/ui/table-head';
import { ResultLabel } from './result-label';

export async function PlanTargetsTable({ targets, locale }: { targets: readonly PublicTarget[]; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'Inspections' });
  const cell = 'border-b border-slate-200 px-2 py-2 align-top text-left';
  return (
    <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={t('targetsHeading')}>
      <table className="min-w-full text-sm" data-testid="plan-targets">
        <TableHead
          cellClassName={`${cell} font-semibold`}
          columns={[t('colOrder'), t('colFirm'), t('colInspectors'), t('colResult'), t('colInspectedOn'), t('colDeadline'), t('colFindings')]}
        />
        <tbody>
          {targets.map((x) => (
            <tr key={x.id}>
              <td className={cell}>{x.drawPosition === null ? t('reasons.follow_up') : x.drawPosition + 1}</td>
              <td className={cell}>
                <a href={`/${locale}/entities/${x.uscc}`} className="text-brand-700 underline">
                  {x.name}
                </a>
                <div className="font-mono text-xs text-slate-600">{x.uscc}</div>
              </td>
              <td className={cell}>{x.inspectorRoles.map((r) => t(`roles.${r}`)).join('、')}</td>
              <td className={cell}>
                <ResultLabel result={x.result} label={x.result ? t(`results.${x.result}`) : t('pendingResult')} />
              </td>
              <td className={cell}>{x.inspectedOn ?? ''}</td>
              <td className={cell}>{x.correctionDeadline ?? ''}</td>
              <td className={cell}>{x.findings ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
