import { getTranslations } from 'next-intl/server';
import type { PolicyValidity } from '@/lib/domain/policies';

const STYLE: Record<PolicyValidity, string> = {
  in_force: 'bg-green-800 text-white',
  expired: 'bg-slate-200 text-slate-900',
  upcoming: 'bg-sky-100 text-sky-900',
};

/** In force / expired / not yet in force, always in words. */
export async function ValidityBadge({ validity }: { validity: PolicyValidity | 'withdrawn' }) {
  const t = await getTranslations('Policies');
  const style = validity === 'withdrawn' ? 'bg-red-700 text-white' : STYLE[validity];
  return (
    <span data-testid="policy-validity" className={`shrink-0 rounded px-2 py-0.5 text-sm font-semibold ${style}`}>
      {t(`validity.${validity}`)}
    </span>
  );
}
