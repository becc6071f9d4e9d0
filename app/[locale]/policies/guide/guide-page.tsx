// The page's body, shared by the route without a query (the default view) and the route of
// each filtered view (q/[view]); see lib/cache/query-view.ts. Not a route file.
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { localizedMetadata } from '@/lib/i18n/page-metadata';
import { ENTERPRISE_SIZES, type EnterpriseSize } from '@/lib/domain/policies';
import type { Locale } from '@/lib/domain/vocabulary';
import { ratingDate } from '@/lib/env';
import { findEligiblePolicies } from '@/lib/policies/eligibility-guide';
import { JINAN_DISTRICTS } from '@/lib/reference/districts';
import { INDUSTRIES } from '@/lib/reference/industries';
import { districtOptions, industryOptions } from '@/lib/reference/labels';
import { EligiblePolicyList } from '@/components/policies/eligible-policy-list';
import { SelectFields } from '@/components/ui/select-field';
import { RadioFilter } from '@/components/filters/filter-panel';
import { HeadedSection } from '@/components/ui/headed-section';
import { PageIntro } from '@/components/layout/page-intro';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export const generateMetadata = localizedMetadata('PolicyGuide', { description: 'intro' });

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? '';

export async function PolicyGuidePage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const [t, tp] = await Promise.all([getTranslations('PolicyGuide'), getTranslations('Policies')]);
  const sp = await searchParams;
  // Unknown values are ignored (treated as "not given"), never an error: this is a help form.
  const size = (ENTERPRISE_SIZES as readonly string[]).includes(one(sp.size)) ? (one(sp.size) as EnterpriseSize) : null;
  const industry = INDUSTRIES.some((i) => i.code === one(sp.industry)) ? one(sp.industry) : null;
  const district = JINAN_DISTRICTS.some((d) => d.code === one(sp.district)) ? one(sp.district) : null;
  const asked = size !== null || industry !== null || district !== null;
  const today = ratingDate();
  const matches = asked ? await findEligiblePolicies({ size, industryCode: industry, districtCode: district }, today) : [];
  return (
    <div className="space-y-6">
      <PageIntro heading={t('heading')} intro={t('intro')} />
      <form method="get" action={`/${locale}/policies/guide`} className="space-y-4 rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200">
        <RadioFilter inline legend={t('sizeLabel')} name="size" values={ENTERPRISE_SIZES} labels={(s) => tp(`sizes.${s}`)} checked={size} />
        <div className="grid gap-4 sm:grid-cols-2">
          <SelectFields
            idPrefix="pg"
            anyLabel={t('choose')}
            fields={[
              { name: 'industry', label: t('industryLabel'), defaultValue: industry ?? undefined, options: industryOptions(locale as Locale) },
              { name: 'district', label: t('districtLabel'), defaultValue: district ?? undefined, options: districtOptions(locale as Locale) },
            ]}
          />
        </div>
        <p className="text-sm text-slate-600">{t('formHint')}</p>
        <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
          {t('submit')}
        </button>
      </form>
      {asked ? (
        <HeadedSection id="guide-results" heading={t('resultsHeading')} className="space-y-3" headingClassName="text-lg font-semibold">
          <p role="status" data-testid="guide-total" data-total={matches.length}>
            {t('resultCount', { count: matches.length })}
          </p>
          {matches.length > 0 ? <EligiblePolicyList matches={matches} locale={locale as Locale} today={today} testId="guide-match" /> : <p>{t('noMatches')}</p>}
        </HeadedSection>
      ) : null}
    </div>
  );
}
