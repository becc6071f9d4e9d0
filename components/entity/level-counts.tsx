import { getTranslations } from 'next-intl/server';
import { CREDIT_LEVELS } from '@/lib/domain/vocabulary';
import { getLevelCounts } from '@/lib/entities/count-levels';
import { Link } from '@/lib/i18n/navigation';
import { CreditBadge } from './credit-badge';
import { HeadedSection } from '@/components/ui/headed-section';

/** City-wide counts by level, each linking to the search filtered to that level. */
export async function LevelCounts() {
  const t = await getTranslations('Home');
  const counts = await getLevelCounts();
  const total = CREDIT_LEVELS.reduce((n, l) => n + counts[l], 0);
  return (
    <HeadedSection id="counts-heading" heading={t('countsHeading')} headingClassName="text-xl font-bold">
      <p className="mt-1 text-slate-700">{t('countsTotal', { count: total })}</p>
      <ul className="mt-4 grid grid-cols-2 gap-3 sm:grid-cols-4">
        {CREDIT_LEVELS.map((level) => (
          <li key={level}>
            <Link
              href={{ pathname: '/search', query: { level } }}
              className="block rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200 hover:ring-brand-700"
            >
              <CreditBadge level={level} />
              <span className="mt-2 block text-2xl font-bold">{t('countsLevel', { count: counts[level] })}</span>
              <span className="block text-sm text-slate-600">{t('countsShare', { share: total ? counts[level] / total : 0 })}</span>
            </Link>
          </li>
        ))}
      </ul>
    </HeadedSection>
  );
}
