// The publicity catalogue (issue 17 part 1): a few dozen rows, read whole. No 'server-only': the
// intake import (a CLI) and the worker read it too, like get-rating-inputs.
import type postgres from 'postgres';
import { SEED_PUBLICITY_CATALOGUE, type PublicityRule } from '../../domain/publicity';
import type { RecordKind, Severity } from '../../domain/vocabulary';
import { getReadSql, type Sql } from '../client';

/** One stored version of the catalogue, as the staff page and the public API show it. */
export interface PublicityRuleRow extends PublicityRule {
  id: number | null;
  note: string | null;
}

type Queryable = Sql | postgres.TransactionSql;

/**
 * Every stored version, then the seed catalogue's entries (lib/domain/publicity.ts) for what the
 * table does not hold: a database that was never seeded answers with the seed rules, and a stored
 * version of the same day wins over the seed one (findPublicityRule keeps the first of a tie).
 */
export async function listPublicityRules(sql: Queryable = getReadSql()): Promise<PublicityRuleRow[]> {
  const rows = await sql<PublicityRuleRow[]>`
    select id, kind::text as kind, severity::text as severity, min_months as "minMonths", max_months as "maxMonths",
           repair_before_max as "repairBeforeMax", collection_working_days as "collectionWorkingDays",
           counts_toward_level as "countsTowardLevel", effective_from::text as "effectiveFrom", note
    from publicity_catalogue
    order by kind, severity nulls first, effective_from`;
  const stored = new Set(rows.map((r) => `${r.kind}/${r.severity ?? ''}`));
  const fallback = SEED_PUBLICITY_CATALOGUE.filter((r) => !stored.has(`${r.kind}/${r.severity ?? ''}`)).map((r) => ({ ...r, id: null, note: null }));
  return [...rows.map((r) => ({ ...r, kind: r.kind as RecordKind, severity: r.severity as Severity | null })), ...fallback];
}

/**
 * SQL of a record's "counts toward the level" flag from the stored catalogue version in effect on its
 * decision day, for the queries that load records to rate (`r` is the records alias); null without
 * one (the rating engine then asks the seed catalogue).
 */
export const COUNTS_TOWARD_LEVEL_SQL = `(select c.counts_toward_level from publicity_catalogue c
  where c.kind = r.kind and c.severity is not distinct from r.severity and c.effective_from <= r.decision_date
  order by c.effective_from desc limit 1)`;
