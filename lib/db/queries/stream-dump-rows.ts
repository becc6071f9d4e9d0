// Streams entities with their public records for the nightly dump, batch by batch (no 'server-only':
// the dump runs in the worker and from the command line).
import { PUBLIC_RECORD_STATUSES } from '../../domain/vocabulary';
import { getSql } from '../client';

export interface DumpEntity {
  uscc: string;
  name: string;
  type: string;
  status: string;
  districtCode: string;
  industryCode: string | null;
  creditLevel: string;
  establishedOn: string;
  legalRepresentative: string;
  records: { kind: string; title: string; docNo: string | null; decisionDate: string; authority: string; status: string; removedOn: string | null }[];
}

/** Every entity with its public records on `today`, in batches of `batchSize`. */
export async function* streamDumpRows(today: string, batchSize = 2000): AsyncGenerator<DumpEntity[]> {
  const sql = getSql();
  const cursor = sql<(Omit<DumpEntity, 'records'> & { id: number })[]>`
    select id::int as id, uscc, name, type, status, district_code as "districtCode", industry_code as "industryCode",
           credit_level as "creditLevel", established_on as "establishedOn", legal_representative as "legalRepresentative"
    from entities order by id`.cursor(batchSize);
  for await (const entities of cursor) {
    const ids = entities.map((e) => e.id);
    const records = await sql<(DumpEntity['records'][number] & { entityId: number })[]>`
      select r.entity_id::int as "entityId", r.kind, r.title, r.doc_no as "docNo", r.decision_date as "decisionDate",
             d.name_zh_cn as authority, r.status, r.removed_on as "removedOn"
      from records r join departments d on d.id = r.department_id
      where r.entity_id = any(${ids}::bigint[]) and r.status in ${sql(PUBLIC_RECORD_STATUSES as unknown as string[])}
        and r.decision_date <= ${today} and (r.publicity_end is null or r.publicity_end >= ${today})
      order by r.entity_id, r.decision_date desc`;
    const byEntity = new Map<number, DumpEntity['records']>();
    for (const { entityId, ...r } of records) (byEntity.get(entityId) ?? byEntity.set(entityId, []).get(entityId)!).push(r);
    yield entities.map(({ id, ...e }) => ({ ...e, records: byEntity.get(id) ?? [] }));
  }
}
