import { getTranslations } from 'next-intl/server';
import type { CreditLevel } from '@/lib/domain/vocabulary';
import { LevelBadge } from '@/components/ui/level-badge';

/** The translated credit badge for server components. */
export async function CreditBadge({ level, size }: { level: CreditLevel; size?: 'sm' | 'lg' }) {
  const t = await getTranslations('Levels');
  const label = t(level);
  return <LevelBadge level={level} label={label} ariaLabel={t('badgeLabel', { level: label })} size={size} />;
}
