// The database's clock: compare with updated_at columns without trusting this host's clock.
import { getSql } from '../client';

/** The database server's current time. */
export async function getDatabaseNow(): Promise<Date> {
  const [row] = await getSql()<{ now: Date }[]>`select now() as now`;
  return row!.now;
}
