import { getTranslations } from 'next-intl/server';
import type { CommitmentStatus } from '@/lib/domain/commitments';

const TONE: Record<CommitmentStatus, string> = {
  pending: 'bg-slate-100 text-slate-800',
  kept: 'bg-green-100 text-green-900',
  broken: 'bg-red-100 text-red-900',
};

/** A commitment's status in words (the colour only repeats them). */
export async function CommitmentStatusBadge({ status }: { status: CommitmentStatus }) {
  const t = await getTranslations('Commitments');
  return (
    <span data-testid="commitment-status" data-status={status} className={`rounded px-2 py-0.5 text-xs font-semibold ${TONE[status]}`}>
      {t(`status.${status}`)}
    </span>
  );
}
