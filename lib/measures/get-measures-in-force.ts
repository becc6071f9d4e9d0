import 'server-only';
import { isMeasureInForce } from '../domain/measures';
import { getMeasureCatalogue, type MeasureRow } from './get-measure-catalogue';

/** The catalogue's measures in force on `today` (what the public page lists), punitive first. */
export async function getMeasuresInForce(today: string): Promise<MeasureRow[]> {
  return (await getMeasureCatalogue()).filter((m) => isMeasureInForce(m, today));
}
