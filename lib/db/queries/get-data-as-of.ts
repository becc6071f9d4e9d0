import 'server-only';
import { getReadSql } from '../client';

/** When the published data last changed: the latest update of any entity or record. */
export async function getDataAsOf(): Promise<Date | null> {
  const [row] = await getReadSql()<{ at: Date | null }[]>`
    select greatest((select max(updated_at) from entities), (select max(updated_at) from records)) as at`;
  return row?.at ?? null;
}
