import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/domain/vocabulary';
import { ratingDate } from '@/lib/env';
import { getSmallBusinessProfile } from '@/lib/policies/small-business-profile';
import { EligiblePolicyList } from './eligible-policy-list';
import { formatDay, formatYuan } from './format';
import { SupportList } from './support-list';
import { LinkLine } from '@/components/ui/link-line';

/** On a firm's profile: its directory listing, the support it received and the policies it may apply for. */
export async function SmallBusinessSection({ uscc, locale }: { uscc: string; locale: Locale }) {
  const today = ratingDate();
  const data = await getSmallBusinessProfile(uscc, today);
  if (!data || (!data.membership && !data.isSmallMicroNow && data.support.total === 0)) return null;
  const [t, tp] = await Promise.all([getTranslations('SmallBusinessProfile'), getTranslations('Policies')]);
  const m = data.membership;
  return (
    <section
      aria-labelledby="small-business-heading"
      className="space-y-4 rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200"
      data-testid="small-business-section"
    >
      <h2 id="small-business-heading" className="text-xl font-semibold">
        {t('heading')}
      </h2>
      <p data-testid="directory-status">
        {m
          ? m.removedOn && m.removedOn <= today
            ? t('removed', { year: m.listedYear, date: formatDay(m.removedOn, locale), reason: t(`removalReasons.${m.removalReason ?? 'no_longer_eligible'}`) })
            : t('listed', { year: m.listedYear, size: tp(`sizes.${m.size}`) })
          : t('notListed')}
      </p>
      <div className="space-y-2">
        <h3 className="text-lg font-semibold">{t('supportHeading')}</h3>
        {data.support.total > 0 ? (
          <>
            <p data-testid="support-totals">{t('supportTotals', { count: data.support.total, amount: formatYuan(data.support.amountCny, locale) })}</p>
            <SupportList rows={data.support.rows} locale={locale} testId="profile-support" />
          </>
        ) : (
          <p>{t('noSupport')}</p>
        )}
      </div>
      {data.isSmallMicroNow ? (
        <div className="space-y-2">
          <h3 className="text-lg font-semibold">{t('eligibleHeading')}</h3>
          <p className="text-sm text-slate-700">{t('eligibleIntro')}</p>
          {data.eligible.length > 0 ? (
            <EligiblePolicyList matches={data.eligible.slice(0, 20)} locale={locale} today={today} testId="profile-eligible" />
          ) : (
            <p>{t('noEligible')}</p>
          )}
          {data.closedByCredit.count > 0 ? (
            <p role="note" className="rounded border-l-4 border-amber-600 bg-amber-50 p-3 text-sm" data-testid="closed-by-credit">
              {t('closedByCredit', { count: data.closedByCredit.count, reason: data.closedByCredit.reason ?? 'support_excluded' })}
            </p>
          ) : null}
          {data.eligible.length > 20 ? <LinkLine href={`/${locale}/policies/guide`} label={t('moreEligible', { count: data.eligible.length - 20 })} /> : null}
        </div>
      ) : null}
    </section>
  );
}
