// What a refused request must leave unchanged, as one comparable snapshot: the rows the fuzz's
// departments and firms can reach (hashed, so an UPDATE shows as well as an INSERT), the
// append-only tables by their highest id, and the evidence files on disk. Cheap enough to take
// around every case on a test database, and scoped, so it stays cheap at a million firms.
// Columns the regeneration worker rewrites (credit level and rating) are left out of the firms'
// hash: a refusal is judged by what the request could have written, not by the worker.
import fs from 'node:fs';
import path from 'node:path';
import type postgres from 'postgres';

export interface FuzzScope {
  departmentIds: number[];
  /** Firms whose registration data the fuzz could touch: its own and the fresh codes it posts (generatedFreshUsccs). */
  usccs: string[];
  /** Where the site keeps evidence files (<DATA_DIR>/evidence), if on this machine. */
  evidenceDir?: string;
  /**
   * A worker is running (bench:fuzz against a live site): it deletes outbox rows as it handles
   * them, so the outbox's highest id moves by itself and is left out. Every write that adds an
   * outbox row also changes rows the hashes cover.
   */
  liveWorker?: boolean;
}

export type StorageSnapshot = Record<string, string | number>;

function countFiles(dir: string | undefined): number {
  if (!dir || !fs.existsSync(dir)) return 0;
  return fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((d) => d.isFile()).length;
}

/** One snapshot of everything a refused intake call or form submission could have written. */
export async function storageSnapshot(sql: postgres.Sql, scope: FuzzScope): Promise<StorageSnapshot> {
  const [row] = await sql<Record<string, string | number>[]>`
    select
      (select count(*) from entities)::int as entities,
      (select coalesce(sum(hashtext(concat_ws('|', uscc, reg_no, name, type, status, legal_representative, registered_capital,
                established_on, address, district_code, industry_code, former_names, aliases, registrar_department_id))), 0)::text
         from entities where uscc = any(${scope.usccs}::text[])) as entity_hash,
      (select count(*) from records where department_id = any(${scope.departmentIds}::int[]))::int as records,
      (select coalesce(sum(hashtext(r::text)), 0)::text from records r
         where r.department_id = any(${scope.departmentIds}::int[])
            or r.entity_id in (select id from entities where uscc = any(${scope.usccs}::text[]))) as record_hash,
      (select count(*) from intake_unmatched where department_id = any(${scope.departmentIds}::int[]))::int as unmatched,
      (select coalesce(sum(hashtext(u::text)), 0)::text from intake_unmatched u where u.department_id = any(${scope.departmentIds}::int[])) as unmatched_hash,
      (select coalesce(sum(hashtext(s::text)), 0)::text from support_received s where s.source_department_id = any(${scope.departmentIds}::int[])) as support_hash,
      (select coalesce(max(id), 0) from record_versions)::text as record_versions,
      (select count(*) from record_retractions)::int as record_retractions,
      (select coalesce(max(id), 0) from support_received)::text as support,
      (select coalesce(max(id), 0) from outbox)::text as outbox,
      (select coalesce(max(id), 0) from audit_log)::text as audit,
      (select coalesce(max(id), 0) from applications)::text as applications,
      (select coalesce(max(id), 0) from application_events)::text as application_events,
      (select coalesce(max(id), 0) from application_files)::text as application_files`;
  const snapshot: StorageSnapshot = { ...row!, evidence_files: countFiles(scope.evidenceDir) };
  if (scope.liveWorker) delete snapshot.outbox;
  return snapshot;
}

/** The keys whose values differ between two snapshots (empty = nothing was written). */
export function snapshotChanges(before: StorageSnapshot, after: StorageSnapshot): string[] {
  return Object.keys(before).filter((k) => String(before[k]) !== String(after[k]));
}

/** <DATA_DIR>/evidence of a data directory. */
export function evidenceDirOf(dataDir: string): string {
  return path.join(dataDir, 'evidence');
}
