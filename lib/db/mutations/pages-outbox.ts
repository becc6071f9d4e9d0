// The generic outbox row of changes that touch no firm and no policy but cached pages (topic
// pages.expire, payload {tags}): e.g. the measures catalogue. Written inside the change's
// transaction; the worker expires the tags. No 'server-only': test factories use it too.
import type postgres from 'postgres';

type Tx = postgres.TransactionSql | postgres.Sql;

export const PAGES_EXPIRE_TOPIC = 'pages.expire';

/** Announces that the pages carrying these cache tags are out of date. */
export async function enqueuePageExpiry(tx: Tx, tags: readonly string[]): Promise<void> {
  await tx`insert into outbox (topic, payload) values (${PAGES_EXPIRE_TOPIC}, ${JSON.stringify({ tags: [...new Set(tags)] })}::text::jsonb)`;
  await tx`select pg_notify('outbox', '')`;
}

/** The tags named by pages.expire payloads, as the outbox lease reads them (JSON text); anything malformed names none. */
export function tagsOfPayloads(payloads: readonly string[]): string[] {
  const out = new Set<string>();
  for (const text of payloads) {
    let list: unknown;
    try {
      list = (JSON.parse(text) as { tags?: unknown } | null)?.tags;
    } catch {
      continue;
    }
    if (Array.isArray(list)) for (const t of list) if (typeof t === 'string' && t.length > 0 && t.length <= 200) out.add(t);
  }
  return [...out];
}
