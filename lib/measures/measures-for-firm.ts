import 'server-only';
// Which measures apply to a firm now (issue 16 part 4): by the level it is rated today and the
// lists it is on today, read from its public profile, so the profile page and the report agree.
import { isCurrentlyListed, isListingKind } from '../credit/is-record-public';
import { applicableMeasures, type MeasureSubject } from '../domain/measures';
import type { ListingKind } from '../domain/vocabulary';
import type { EntityProfile } from '../entities/get-entity-profile';
import { getMeasureCatalogue, type MeasureRow } from './get-measure-catalogue';

/** The firm as the applicability rule sees it: today's level and the lists it is on today. */
export function measureSubjectOf(profile: Pick<EntityProfile, 'rating' | 'records'>, today: string): MeasureSubject {
  const listings = new Set<ListingKind>();
  for (const record of profile.records) if (isListingKind(record.kind) && isCurrentlyListed(record, today)) listings.add(record.kind);
  return { level: profile.rating.level, listings: [...listings] };
}

/** The catalogue's measures that apply to the profile's firm on `today`, punitive first. */
export async function getMeasuresForFirm(profile: Pick<EntityProfile, 'rating' | 'records'>, today: string): Promise<MeasureRow[]> {
  return applicableMeasures(await getMeasureCatalogue(), measureSubjectOf(profile, today), today);
}
