import 'server-only';
// The measures a credit report prints (issue 16 part 4): those that apply to the firm now, in the
// report's language. Reads the same cached profile issueReport reads next, so both see one rating.
import type { Locale } from '../domain/vocabulary';
import { getEntityProfile } from '../entities/get-entity-profile';
import type { ReportMeasure } from '../reports/snapshot';
import { departmentIn, legalBasisIn } from './localize-measure';
import { getMeasuresForFirm } from './measures-for-firm';

/** The applicable measures of the firm `rawUscc` on `today`, as the report lists them. Throws like getEntityProfile. */
export async function getReportMeasures(rawUscc: string, locale: Locale, today: string): Promise<ReportMeasure[]> {
  const profile = await getEntityProfile(rawUscc, today);
  const measures = await getMeasuresForFirm(profile, today);
  return measures.map((m) => ({
    id: m.code,
    type: m.kind,
    title: m.title[locale],
    legalBasis: legalBasisIn(m, locale),
    department: departmentIn(m, locale),
  }));
}
