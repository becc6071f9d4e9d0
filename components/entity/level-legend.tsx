import { getTranslations } from 'next-intl/server';
import { CREDIT_LEVELS } from '@/lib/domain/vocabulary';
import { CatalogueLink } from '@/components/measures/catalogue-link';
import { CreditBadge } from './credit-badge';
import { HeadedSection, PANEL_CLASS } from '@/components/ui/headed-section';

/** What each level means, in words (the rules of lib/credit/rules.ts, Dalian defaults). */
export async function LevelLegend() {
  const t = await getTranslations('Levels');
  const th = await getTranslations('Home');
  const tm = await getTranslations('Measures');
  return (
    <HeadedSection id="legend-heading" heading={th('howHeading')} className={PANEL_CLASS} headingClassName="text-xl font-bold">
      <p className="mt-1 text-slate-700">{th('howIntro')}</p>
      <dl className="mt-4 space-y-3">
        {CREDIT_LEVELS.map((level) => (
          <div key={level} className="flex flex-col gap-1 sm:flex-row sm:items-start sm:gap-4">
            <dt className="sm:w-32">
              <CreditBadge level={level} />
            </dt>
            <dd className="text-slate-800">{t(`${level}Rule`)}</dd>
          </div>
        ))}
      </dl>
      <CatalogueLink label={tm('legendLink')} className="mt-4" />
    </HeadedSection>
  );
}
