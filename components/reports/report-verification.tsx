// What an issued report stated, and whether the firm's level has changed since. Not async and no
// server-only imports: the verify page renders it on the server, the verify form in the browser.
import { useTranslations } from 'next-intl';
import type { Locale } from '@/lib/domain/vocabulary';
import { formatCalendarDate, formatInstant } from '@/lib/reports/format';
import type { ReportVerification } from '@/lib/reports/verify-report';
import { LevelBadge } from '@/components/ui/level-badge';
import { HeadedSection, PANEL_CLASS } from '@/components/ui/headed-section';
import { FactList } from '@/components/ui/fact-list';

/** Where the site publishes the key that checks report signatures (an API route, not a page). */
const PUBLIC_KEY_PATH = '/api/v1/reports/public-key';

/** Each part of the verification is a white panel under an h3. */
const PANEL = { level: 3, className: PANEL_CLASS, headingClassName: 'font-semibold' } as const;

export function ReportVerificationView({ report, locale }: { report: ReportVerification; locale: Locale }) {
  const t = useTranslations('ReportVerify');
  const tl = useTranslations('Levels');
  const treason = useTranslations('Reasons');
  const tp = useTranslations('Profile');
  const tc = useTranslations('Common');
  const badge = (level: ReportVerification['level']) => <LevelBadge level={level} label={tl(level)} ariaLabel={tl('badgeLabel', { level: tl(level) })} />;
  const rows: [string, React.ReactNode][] = [
    [
      t('firm'),
      <a key="f" href={`/${locale}/entities/${report.uscc}`} className="text-brand-700 underline">
        {report.name}
      </a>,
    ],
    [
      t('uscc'),
      <span key="u" className="font-mono">
        {report.uscc}
      </span>,
    ],
    [t('issuedAt'), formatInstant(report.issuedAt, locale)],
    [t('dataAsOf'), report.dataAsOf ? formatInstant(report.dataAsOf, locale) : tc('notAvailable')],
    [t('level'), badge(report.level)],
    [t('ruleVersion'), `${report.ruleVersion} · ${formatCalendarDate(report.ratedOn, locale)}`],
    [t('recordCount'), tp('recordsCount', { count: report.recordCount })],
    [t('language'), tc(`localeName.${report.locale}`)],
  ];
  return (
    <article className="space-y-5" data-testid="report-verification" data-level={report.level} data-level-changed={report.levelChanged}>
      <h2 className="text-xl font-bold">{t('reportHeading', { reportNo: report.reportNo })}</h2>
      <HeadedSection id="report-stated" heading={t('whatItSaid')} {...PANEL}>
        <FactList rows={rows} className="mt-3 grid grid-cols-1 gap-x-6 gap-y-2 sm:grid-cols-[12rem_1fr]" termClassName="font-semibold text-slate-700" />
        <h4 className="mt-4 font-semibold">{t('reasons')}</h4>
        {report.reasons.length === 0 ? (
          <p className="mt-1 text-slate-700">{tp('noReasons')}</p>
        ) : (
          <ul className="mt-1 list-disc space-y-1 pl-6">
            {report.reasons.map((reason) => (
              <li key={reason.code}>
                {treason(reason.code, { count: reason.count ?? reason.recordIds.length, rate: reason.resolvedRate ?? 0 })}{' '}
                {treason('level', { level: tl(reason.level) })}
              </li>
            ))}
          </ul>
        )}
      </HeadedSection>
      <HeadedSection id="report-since" heading={t('sinceHeading')} {...PANEL}>
        {report.currentLevel === null ? null : (
          <p className={`mt-2 ${report.levelChanged ? 'border-l-4 border-amber-600 bg-amber-50 p-3 font-semibold' : ''}`} data-testid="level-change">
            {report.levelChanged
              ? t('levelChanged', { then: tl(report.level), now: tl(report.currentLevel) })
              : t('levelUnchanged', { now: tl(report.currentLevel) })}
          </p>
        )}
        <p className="mt-2">
          <a href={`/${locale}/entities/${report.uscc}`} className="text-brand-700 underline">
            {t('currentProfile')}
          </a>
        </p>
      </HeadedSection>
      <HeadedSection id="report-signature" heading={t('signatureHeading')} {...PANEL}>
        <p className="mt-2">{report.signatureValid ? t('signatureValid') : t('signatureInvalid')}</p>
        <dl className="mt-2 grid grid-cols-1 gap-x-6 gap-y-1 text-sm sm:grid-cols-[12rem_1fr]">
          <dt className="text-slate-600">SHA-256</dt>
          <dd className="font-mono break-all">{report.snapshotSha256}</dd>
          <dt className="text-slate-600">Ed25519</dt>
          <dd className="font-mono break-all">{report.signature}</dd>
          <dt className="text-slate-600">{t('publicKey')}</dt>
          <dd>
            <a href={PUBLIC_KEY_PATH} className="font-mono text-brand-700 underline">
              {report.keyId}
            </a>
          </dd>
        </dl>
      </HeadedSection>
    </article>
  );
}
