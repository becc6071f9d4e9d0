import 'server-only';
import { PUBLIC_RECORD_STATUSES, type RecordKind } from '../../domain/vocabulary';
import { getReadSql } from '../client';

export interface EntityFeedEvent {
  recordId: string;
  event: 'published' | 'updated' | 'removed';
  date: string;
  at: Date;
  kind: RecordKind;
  title: string;
  docNo: string | null;
}

/** Changes to an entity's public record, newest first: publications, updates and list removals. */
export async function getEntityFeedEvents(uscc: string, today: string, limit = 100): Promise<{ name: string; events: EntityFeedEvent[] } | null> {
  const sql = getReadSql();
  const [entity] = await sql<{ id: number; name: string }[]>`select id::int as id, name from entities where uscc = ${uscc}`;
  if (!entity) return null;
  const events = await sql<EntityFeedEvent[]>`
    select r.id::text as "recordId", ev.event, ev.date, ev.at, r.kind, r.title, r.doc_no as "docNo"
    from records r
    cross join lateral (values
      ('published', r.collected_on, r.created_at),
      ('updated', case when r.version > 1 then r.updated_at::date end, r.updated_at),
      ('removed', r.removed_on, r.updated_at)
    ) as ev(event, date, at)
    where r.entity_id = ${entity.id} and r.status in ${sql(PUBLIC_RECORD_STATUSES as unknown as string[])}
      and (r.publicity_end is null or r.publicity_end >= ${today})
      and ev.date is not null and ev.date <= ${today}
    order by ev.date desc, ev.at desc, r.id desc limit ${limit}`;
  return { name: entity.name, events };
}
