import { getFormatter, getTranslations } from 'next-intl/server';
import { CATEGORIES, type Category, type Locale } from '@/lib/domain/vocabulary';
import { districtName, industryName } from '@/lib/reference/labels';
import type { EntityProfile } from '@/lib/entities/get-entity-profile';
import { isListingRecord, recordFieldRows } from '@/lib/entities/record-fields';
import type { ProfileRecord } from '@/lib/entities/get-entity-profile';
import { countsTowardLevel } from '@/lib/domain/publicity';
import { repairRefusalOn } from '@/lib/domain/repair';
import { getPublicityCatalogue } from '@/lib/publicity/get-publicity-catalogue';
import { CommitmentStatusBadge } from '@/components/commitments/commitment-status';
import { registeredCapitalAmount } from '@/lib/domain/money';
import { CreditBadge } from './credit-badge';
import { calendarDate } from './format';
import { HeadedSection, PANEL_CLASS } from '@/components/ui/headed-section';
import { FactList } from '@/components/ui/fact-list';
import { LinkLine } from '@/components/ui/link-line';
import { DistrictLocator } from '@/components/map/district-locator';

/** A market entity's public profile: level and why, registration, complaints, records. */
export async function EntityProfileView({ profile, locale }: { profile: EntityProfile; locale: Locale }) {
  const t = await getTranslations('Profile');
  const tc = await getTranslations('Common');
  const tk = await getTranslations('Kinds');
  const tcat = await getTranslations('Categories');
  const ttype = await getTranslations('EntityTypes');
  const tstatus = await getTranslations('EntityStatuses');
  const treason = await getTranslations('Reasons');
  const tlevel = await getTranslations('Levels');
  const tlists = await getTranslations('Lists');
  const tapp = await getTranslations('Application');
  const treport = await getTranslations('Report');
  const format = await getFormatter();
  const { entity, rating, records, recordTotals } = profile;
  const date = (iso: string) => format.dateTime(calendarDate(iso), { dateStyle: 'long' });
  const byId = new Map(records.map((r) => [r.id, r]));
  const na = tc('notAvailable');
  const capital = entity.registeredCapital ? registeredCapitalAmount(entity.registeredCapital, locale) : null;

  const registration: [string, React.ReactNode][] = [
    [
      t('field.uscc'),
      <span key="u" className="font-mono">
        {entity.uscc}
      </span>,
    ],
    [
      t('field.regNo'),
      entity.regNo ? (
        <span key="r" className="font-mono">
          {entity.regNo}
        </span>
      ) : (
        na
      ),
    ],
    [t('field.type'), ttype(entity.type)],
    [t('field.legalRepresentative'), entity.legalRepresentative],
    [t('field.registeredCapital'), capital === null ? na : t('capital', { amount: capital })],
    [t('field.establishedOn'), date(entity.establishedOn)],
    [
      t('field.businessTerm'),
      entity.businessTermFrom
        ? t('businessTerm', { from: date(entity.businessTermFrom), to: entity.businessTermTo ? date(entity.businessTermTo) : t('businessTermIndefinite') })
        : na,
    ],
    [t('field.status'), tstatus(entity.status)],
    [
      t('field.address'),
      // Where the firm is: its district on a small map of the city, beside the address (issue 20).
      <span key="a" className="flex flex-wrap items-start gap-3">
        <span className="min-w-0 break-words">{entity.address}</span>
        <DistrictLocator code={entity.districtCode} locale={locale} />
      </span>,
    ],
    [t('field.district'), districtName(entity.districtCode, locale)],
    [t('field.industry'), entity.industryCode ? industryName(entity.industryCode, locale) : na],
    [t('field.smallMicro'), entity.isSmallMicro ? tc('yes') : tc('no')],
    [t('field.registrar'), entity.registrar ? entity.registrar[locale] : na],
    [t('field.formerNames'), entity.formerNames.length ? entity.formerNames.join('；') : na],
    [t('field.aliases'), entity.aliases.length ? entity.aliases.join('；') : na],
    [t('field.scope'), entity.scope ?? na],
  ];

  const recordsOf = (c: Category) => records.filter((r) => r.category === c);

  return (
    <article className="space-y-8">
      <header className="space-y-3">
        <h1 className="text-2xl font-bold break-words sm:text-3xl">{entity.name}</h1>
        <p className="font-mono text-slate-700">{entity.uscc}</p>
        <p>
          <a href={`/${locale}/entities/${entity.uscc}/report.pdf`} rel="nofollow" className="text-brand-700 underline" data-testid="report-download">
            {treport('download')}
          </a>
        </p>
        {!entity.usccChecksumValid && <p className="rounded border-l-4 border-amber-600 bg-amber-50 p-3 text-sm">{t('legacyCode')}</p>}
      </header>

      <HeadedSection id="credit-heading" heading={t('creditHeading')} className={PANEL_CLASS} headingClassName="text-xl font-bold">
        <div className="mt-3 flex flex-wrap items-center gap-4">
          <CreditBadge level={rating.level} size="lg" />
          <span className="text-sm text-slate-600">
            {t('ratedOn', { date: date(rating.ratedOn) })} · {t('ruleVersion', { version: rating.ruleVersion })}
          </span>
        </div>
        <h3 className="mt-5 font-semibold">{t('reasonsHeading')}</h3>
        {rating.reasons.length === 0 ? (
          <p className="mt-1 text-slate-700">{t('noReasons')}</p>
        ) : (
          <ul className="mt-2 space-y-3" data-testid="credit-reasons">
            {rating.reasons.map((reason) => (
              <li key={reason.code} className="rounded border border-slate-200 p-3">
                <p>
                  <CreditBadge level={reason.level} />{' '}
                  <span className="ml-1">{treason(reason.code, { count: reason.count ?? reason.recordIds.length, rate: reason.resolvedRate ?? 0 })}</span>
                  <span className="sr-only">{treason('level', { level: tlevel(reason.level) })}</span>
                </p>
                {reason.recordIds.length > 0 && (
                  <ul className="mt-2 list-disc space-y-1 pl-6 text-sm">
                    {reason.recordIds.map((id) => {
                      const r = byId.get(id);
                      if (!r) return null;
                      return (
                        <li key={id}>
                          <a href={`#record-${id}`} className="text-brand-700 underline underline-offset-2">
                            {r.title}
                          </a>
                          {r.docNo ? <span className="text-slate-600">（{r.docNo}）</span> : null}
                          <span className="text-slate-600"> {date(r.decisionDate)}</span>
                        </li>
                      );
                    })}
                  </ul>
                )}
              </li>
            ))}
          </ul>
        )}
        {rating.complaints.count > 0 && (
          <p className="mt-4 text-sm text-slate-700">
            {t('complaintsHeading')}：{t('complaints', { count: rating.complaints.count })}
            {rating.complaints.resolvedRate !== null ? `，${t('complaintsRate', { rate: rating.complaints.resolvedRate })}` : ''}
          </p>
        )}
      </HeadedSection>

      <HeadedSection id="reg-heading" heading={t('registrationHeading')} className={PANEL_CLASS} headingClassName="text-xl font-bold">
        <FactList rows={registration} className="mt-3 grid grid-cols-1 gap-x-6 gap-y-3 sm:grid-cols-[12rem_1fr]" termClassName="font-semibold text-slate-700" />
      </HeadedSection>

      <HeadedSection id="records-heading" heading={t('recordsHeading')} className="space-y-6" headingClassName="text-xl font-bold">
        {CATEGORIES.map((category) => {
          const list = recordsOf(category);
          const total = recordTotals[category] ?? 0;
          return (
            <section key={category} aria-labelledby={`cat-${category}`} data-category={category} className={PANEL_CLASS}>
              <h3 id={`cat-${category}`} className="text-lg font-semibold">
                {tcat(category)} <span className="text-base font-normal text-slate-600">（{t('recordsCount', { count: total })}）</span>
              </h3>
              {list.length === 0 ? (
                <p className="mt-2 text-slate-600">{t('noRecords')}</p>
              ) : (
                <>
                  {total > list.length && <p className="mt-1 text-sm text-slate-600">{t('recordsTruncated', { shown: list.length, total })}</p>}
                  <ol className="mt-3 space-y-4">
                    {list.map((r) => (
                      <RecordItem key={r.id} record={r} locale={locale} kindLabel={tk(r.kind)} date={date} uscc={entity.uscc} today={rating.ratedOn} />
                    ))}
                  </ol>
                </>
              )}
            </section>
          );
        })}
        <p className="text-sm text-slate-600">
          {t('objectionNote')}{' '}
          <a href={`/${locale}/entities/${entity.uscc}/objection`} className="text-brand-700 underline">
            {tapp('fileObjectionEntity')}
          </a>
        </p>
        <LinkLine href={`/${locale}/entities/${entity.uscc}/feed.atom`} label={tlists('entityFeed')} />
      </HeadedSection>
    </article>
  );
}

async function RecordItem({
  record: r,
  locale,
  kindLabel,
  date,
  uscc,
  today,
}: {
  record: ProfileRecord;
  locale: Locale;
  kindLabel: string;
  date: (iso: string) => string;
  uscc: string;
  today: string;
}) {
  const t = await getTranslations('Profile');
  const tapp = await getTranslations('Application');
  // Credit repair: a penalty past its minimum publicity period, or a listing the firm is still on (lib/domain/repair.ts).
  const catalogue = await getPublicityCatalogue();
  const repairable = r.status !== 'under_objection' && repairRefusalOn(catalogue, { ...r, removedOn: r.removedOn ?? null }, today) === null;
  // A simple-procedure penalty is published as other information and sets no level (issue 17 part 2).
  const otherInformation = r.kind === 'penalty' && !(r.countsTowardLevel ?? countsTowardLevel(catalogue, r.kind, r.severity, r.decisionDate));
  const ts = await getTranslations('RecordStatuses');
  const tsev = await getTranslations('Severities');
  const listing = isListingRecord(r);
  const listedNow = listing && !r.removedOn;
  const tc = await getTranslations('Commitments');
  const fields = recordFieldRows(r, r.department[locale], { t: (key, values) => t(key, values), severity: (s) => tsev(s), date });
  if (r.commitment) {
    fields.unshift([tc('procedure'), r.commitment.procedure?.[locale] ?? r.commitment.procedureCode ?? tc('noProcedure')]);
    fields.push([tc('statusLabel'), tc(`status.${r.commitment.status}`)]);
  }
  return (
    <li id={`record-${r.id}`} data-kind={r.kind} className="border-t border-slate-200 pt-3 first:border-t-0 first:pt-0">
      <div className="flex flex-wrap items-center gap-2">
        <span className="rounded bg-slate-100 px-2 py-0.5 text-xs font-semibold text-slate-700">{kindLabel}</span>
        {listing && (
          <span className={`rounded px-2 py-0.5 text-xs font-semibold ${listedNow ? 'bg-red-100 text-red-900' : 'bg-slate-200 text-slate-800'}`}>
            {listedNow ? t('listedNow') : t('removed')}
          </span>
        )}
        {r.commitment ? <CommitmentStatusBadge status={r.commitment.status} /> : null}
        {r.status !== 'published' && <span className="rounded bg-amber-100 px-2 py-0.5 text-xs font-semibold text-amber-900">{ts(r.status)}</span>}
      </div>
      <p id={`record-${r.id}-title`} className="mt-1 font-semibold break-words">
        {r.title}
      </p>
      <FactList rows={fields} className="mt-2 grid grid-cols-1 gap-x-4 gap-y-1 text-sm sm:grid-cols-[8rem_1fr]" termClassName="text-slate-600" />
      {otherInformation && <p className="mt-2 text-sm text-slate-700">{t('record.otherInformation')}</p>}
      <p className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm">
        <a href={`/${locale}/entities/${uscc}/objection?record=${r.id}`} aria-describedby={`record-${r.id}-title`} className="text-brand-700 underline">
          {tapp('fileObjection')}
        </a>
        {repairable && (
          <a href={`/${locale}/entities/${uscc}/repair?record=${r.id}`} aria-describedby={`record-${r.id}-title`} className="text-brand-700 underline">
            {tapp('applyRepair')}
          </a>
        )}
      </p>
    </li>
  );
}
