import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/domain/vocabulary';
import type { GuideMatch } from '@/lib/policies/eligibility-guide';
import { PolicyCard } from './policy-card';
import { reasonValue } from './format';

/** Policies a firm may apply for, each with the reasons it matches. */
export async function EligiblePolicyList({
  matches,
  locale,
  today,
  testId = 'eligible-policy',
}: {
  matches: GuideMatch[];
  locale: Locale;
  today: string;
  testId?: string;
}) {
  const t = await getTranslations('PolicyGuide');
  const tp = await getTranslations('Policies');
  const sizeLabel = (s: string) => tp(`sizes.${s}`);
  return (
    <ol className="space-y-3" data-testid={`${testId}-list`}>
      {matches.map(({ policy, reasons }) => (
        <PolicyCard key={policy.id} policy={policy} locale={locale} today={today}>
          <div className="mt-2 text-sm" data-testid={testId}>
            <p className="font-semibold">{t('whyHeading')}</p>
            <ul className="mt-1 list-disc pl-5">
              {reasons.map((r) => (
                <li key={r.dimension}>{t(`reasons.${r.code}`, { value: reasonValue(r, locale, sizeLabel) })}</li>
              ))}
            </ul>
          </div>
        </PolicyCard>
      ))}
    </ol>
  );
}
