// Bulk load of the deterministic synthetic city (lib/seed) with PostgreSQL COPY over postgres.js.
// Used by scripts/db-seed.ts, so it must not import 'server-only'. Entities are generated in chunks;
// each chunk's entities are copied and committed first (records and complaint months reference
// them), then its records and complaint months stream on two other connections while the next
// chunk is generated and its entities copied.
import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import type { Writable } from 'node:stream';
import cliProgress from 'cli-progress';
import type { Sql } from '../db/client';
import { copyField, copyJson, copyRow, copyTextArray } from '../db/bulk/copy-text';
import { refreshTimeliness } from '../db/mutations/intake-records';
import { ruleSetFromRow } from '../credit/rule-set-schema';
import { listCreditRuleSetRows } from '../db/queries/credit-rule-sets';
import { CREDIT_LEVELS, RECORD_KINDS } from '../domain/vocabulary';
import type { CreditLevel, RecordKind } from '../domain/vocabulary';
import { JINAN_DEPARTMENTS } from '../reference/departments';
import { headOfficeIndexOf } from './entity/branches';
import { generateEntity } from './generate-entity';
import type { SeedComplaintMonth, SeedEntity, SeedRecord } from './generate-entity';
import { seedMeasures } from './measures';
import { seedPublicityCatalogue } from './publicity-catalogue';
import { seedCommitmentTemplates } from './commitment-templates';
import { seedPolicies } from './policies';
import { seedInspections } from './inspections';
import { createEntityRng } from './random';

/** What to load. */
export interface SeedDatabaseOptions {
  entities: number;
  seed: number;
  /** Rating date, YYYY-MM-DD. */
  today: string;
  /** Empty entities, records, complaint_stats and outbox first. */
  reset: boolean;
  /** Entities generated and copied per chunk (default 5,000). */
  chunkSize?: number;
  /** Show a progress bar on stderr (default true). */
  progress?: boolean;
}

/** What was loaded. */
export interface SeedSummary {
  entities: number;
  records: number;
  complaintMonths: number;
  levels: Record<CreditLevel, number>;
  recordsByKind: Record<RecordKind, number>;
  elapsedSeconds: number;
  rowsPerSecond: number;
}

/** Thrown when the database already holds entities and no reset was asked for. */
export class SeedRefusedError extends Error {
  constructor(existing: number) {
    super(
      `The database already holds ${existing} entities; refusing to seed on top of them. ` +
        'Run again with --reset to delete all entities, records, complaint statistics and outbox rows first.',
    );
    this.name = 'SeedRefusedError';
  }
}

const ENTITY_COLUMNS =
  'id, uscc, uscc_checksum_valid, reg_no, name, name_normalized, former_names, aliases, type, ' +
  'legal_representative, registered_capital, established_on, business_term_from, business_term_to, address, district_code, industry_code, scope, ' +
  'status, registrar_department_id, is_small_micro, credit_level, credit_reasons, credit_rule_version, ' +
  'rated_at, next_review_on, head_office_id';
const RECORD_COLUMNS =
  'id, entity_id, department_id, source_ref, category, kind, title, doc_no, decision_date, produced_on, ' +
  'collected_on, severity, legal_basis, content, publicity_start, publicity_end, status, grounds, removed_on, ' +
  'removal_reason, procedure_code, commitment_status';
const COMPLAINT_COLUMNS = 'entity_id, period_start, complaints, resolved';

/** Serialises an entity row in ENTITY_COLUMNS order. */
export function entityCopyRow(entity: SeedEntity, departmentIds: ReadonlyMap<string, number>, ratedAt: string, headOfficeId: number | null = null): string {
  return copyRow([
    copyField(entity.id),
    copyField(entity.uscc),
    copyField(entity.usccChecksumValid),
    copyField(entity.regNo),
    copyField(entity.name),
    copyField(entity.nameNormalized),
    copyTextArray(entity.formerNames),
    copyTextArray(entity.aliases),
    entity.type,
    copyField(entity.legalRepresentative),
    copyField(entity.registeredCapital),
    entity.establishedOn,
    copyField(entity.businessTermFrom),
    copyField(entity.businessTermTo),
    copyField(entity.address),
    entity.districtCode,
    copyField(entity.industryCode),
    copyField(entity.scope),
    entity.status,
    copyField(departmentIds.get(entity.registrarDepartmentCode) ?? null),
    copyField(entity.isSmallMicro),
    entity.creditLevel,
    copyJson(entity.creditReasons),
    copyField(entity.creditRuleVersion),
    ratedAt,
    copyField(entity.nextReviewOn),
    copyField(headOfficeId),
  ]);
}

/** Serialises a record row in RECORD_COLUMNS order. */
export function recordCopyRow(record: SeedRecord, departmentIds: ReadonlyMap<string, number>): string {
  const departmentId = departmentIds.get(record.departmentCode);
  if (departmentId === undefined) throw new Error(`Unknown department code ${record.departmentCode}`);
  return copyRow([
    copyField(record.id),
    copyField(record.entityId),
    copyField(departmentId),
    copyField(record.sourceRef),
    record.category,
    record.kind,
    copyField(record.title),
    copyField(record.docNo),
    record.decisionDate,
    copyField(record.producedOn),
    record.collectedOn,
    copyField(record.severity),
    copyField(record.legalBasis),
    copyField(record.content),
    copyField(record.publicityStart),
    copyField(record.publicityEnd),
    record.status,
    copyField(record.grounds),
    copyField(record.removedOn),
    copyField(record.removalReason),
    copyField(record.procedureCode),
    copyField(record.commitmentStatus),
  ]);
}

function complaintCopyRow(month: SeedComplaintMonth): string {
  return `${month.entityId}\t${month.periodStart}\t${month.complaints}\t${month.resolved}\n`;
}

const PIECE_BYTES = 256 * 1024;
/** Time allowed for the server to confirm a COPY after its data ended (postgres.js does not report
 * errors that arrive after the end of the data, so a silent hang becomes an error instead). */
const COPY_FINISH_TIMEOUT_MS = 300_000;

/** Streams text pieces into `copy <table> (<columns>) from stdin`, honouring backpressure. */
async function copyInto(sql: Sql, table: string, columns: string, pieces: readonly string[]): Promise<void> {
  if (pieces.length === 0) return;
  const stream: Writable = await sql.unsafe(`copy ${table} (${columns}) from stdin`).writable();
  const done = finished(stream);
  done.catch(() => undefined); // observed below; avoids an unhandled rejection while writing
  for (const piece of pieces) {
    if (!stream.write(piece)) await once(stream, 'drain');
  }
  stream.end();
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      done,
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`COPY into ${table} was not confirmed within ${COPY_FINISH_TIMEOUT_MS / 1000} s`)), COPY_FINISH_TIMEOUT_MS);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

/** Collects rows into pieces of about PIECE_BYTES characters. */
class PieceBuffer {
  readonly pieces: string[] = [];
  private current: string[] = [];
  private size = 0;
  push(row: string): void {
    this.current.push(row);
    this.size += row.length;
    if (this.size >= PIECE_BYTES) this.flush();
  }
  flush(): string[] {
    if (this.current.length > 0) this.pieces.push(this.current.join(''));
    this.current = [];
    this.size = 0;
    return this.pieces;
  }
}

const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** Inserts the seed departments (idempotent) and returns code → id for all of them. */
async function ensureDepartments(sql: Sql): Promise<Map<string, number>> {
  for (const d of JINAN_DEPARTMENTS) {
    await sql`
      insert into departments (code, name_zh_cn, name_zh_tw, name_en, is_registrar)
      values (${d.code}, ${d.name['zh-CN']}, ${d.name['zh-TW']}, ${d.name.en}, ${d.isRegistrar})
      on conflict (code) do nothing`;
  }
  const rows = await sql<{ id: number; code: string }[]>`
    select id, code from departments where code in ${sql(JINAN_DEPARTMENTS.map((d) => d.code))}`;
  return new Map(rows.map((row) => [row.code, row.id]));
}

async function setSequence(sql: Sql, table: string, maxId: number): Promise<void> {
  await sql`select setval(pg_get_serial_sequence(${table}, 'id'), ${Math.max(maxId, 1)}, ${maxId > 0})`;
}

/** Generates and bulk-loads the synthetic city; returns counts and throughput. */
export async function seedDatabase(sql: Sql, options: SeedDatabaseOptions): Promise<SeedSummary> {
  const started = performance.now();
  const chunkSize = options.chunkSize ?? 5_000;
  const ratedAt = new Date().toISOString();

  if (options.reset) {
    await sql`truncate entities, records, complaint_stats, outbox restart identity cascade`;
  } else {
    const [row] = await sql<{ n: number }[]>`select count(*)::int as n from entities`;
    if (row && row.n > 0) throw new SeedRefusedError(row.n);
  }
  const departmentIds = await ensureDepartments(sql);
  // The stored rule sets, loaded once: every generated firm is rated with them.
  const ruleSets = (await listCreditRuleSetRows(sql)).map(ruleSetFromRow);
  const [maxima] = await sql<{ entityMax: number; recordMax: number }[]>`
    select (select coalesce(max(id), 0) from entities)::bigint::float8 as "entityMax",
           (select coalesce(max(id), 0) from records)::bigint::float8 as "recordMax"`;
  const entityBase = maxima?.entityMax ?? 0;
  let nextRecordId = (maxima?.recordMax ?? 0) + 1;

  const levels = Object.fromEntries(CREDIT_LEVELS.map((l) => [l, 0])) as Record<CreditLevel, number>;
  const recordsByKind = Object.fromEntries(RECORD_KINDS.map((k) => [k, 0])) as Record<RecordKind, number>;
  let recordCount = 0;
  let complaintCount = 0;

  const bar =
    options.progress === false
      ? null
      : new cliProgress.SingleBar(
          { format: 'seed |{bar}| {value}/{total} entities | {percentage}% | ETA {eta_formatted}', stream: process.stderr, hideCursor: true },
          cliProgress.Presets.shades_classic,
        );
  bar?.start(options.entities, 0);

  // Chains per table; a failure anywhere is remembered and stops generation.
  let failure: unknown = null;
  const track = <T>(promise: Promise<T>): Promise<T> => {
    promise.catch((error: unknown) => {
      failure ??= error;
    });
    return promise;
  };
  let entityTail: Promise<void> = Promise.resolve();
  let recordTail: Promise<void> = Promise.resolve();
  let complaintTail: Promise<void> = Promise.resolve();
  const inFlight: Promise<unknown>[] = [];

  try {
    for (let start = 0; start < options.entities; start += chunkSize) {
      const end = Math.min(options.entities, start + chunkSize);
      const entityRows = new PieceBuffer();
      const recordRows = new PieceBuffer();
      const complaintRows = new PieceBuffer();
      for (let index = start; index < end; index += 1) {
        const generated = generateEntity(index, createEntityRng(options.seed, index), options.today, {
          entityId: entityBase + index + 1,
          firstRecordId: nextRecordId,
          ruleSets,
        });
        nextRecordId += generated.records.length;
        // Branches point at an earlier firm: in this COPY or an earlier, committed one.
        const headOffice = headOfficeIndexOf(index, options.seed, generated.entity.type);
        entityRows.push(entityCopyRow(generated.entity, departmentIds, ratedAt, headOffice === null ? null : entityBase + headOffice + 1));
        levels[generated.entity.creditLevel] += 1;
        for (const record of generated.records) {
          recordRows.push(recordCopyRow(record, departmentIds));
          recordsByKind[record.kind] += 1;
        }
        for (const month of generated.complaints) complaintRows.push(complaintCopyRow(month));
        recordCount += generated.records.length;
        complaintCount += generated.complaints.length;
        // Let socket writes of the previous chunk progress while this one is generated.
        if ((index - start) % 500 === 499) await yieldToEventLoop();
      }
      if (failure) throw failure;

      const count = end - start;
      const entityPieces = entityRows.flush();
      const recordPieces = recordRows.flush();
      const complaintPieces = complaintRows.flush();
      const entitiesDone = track(
        entityTail
          .then(() => copyInto(sql, 'entities', ENTITY_COLUMNS, entityPieces))
          .then(() => {
            bar?.increment(count);
          }),
      );
      entityTail = entitiesDone;
      recordTail = track(Promise.all([recordTail, entitiesDone]).then(() => copyInto(sql, 'records', RECORD_COLUMNS, recordPieces)));
      complaintTail = track(Promise.all([complaintTail, entitiesDone]).then(() => copyInto(sql, 'complaint_stats', COMPLAINT_COLUMNS, complaintPieces)));
      // Keep at most two chunks in memory: generating one while the previous one streams.
      inFlight.push(track(Promise.all([entitiesDone, recordTail, complaintTail])));
      if (inFlight.length >= 2) await inFlight.shift();
    }
    await Promise.all(inFlight);
  } finally {
    bar?.stop();
  }

  await setSequence(sql, 'entities', entityBase + options.entities);
  await setSequence(sql, 'records', nextRecordId - 1);
  // Working-day lag of every record from production to collection (the timeliness statistics).
  await refreshTimeliness(sql);
  // Small and micro businesses: support policies, the directory and support received (policies area).
  await seedPolicies(sql, { today: options.today, reset: options.reset });
  // The measures catalogue (激励/惩戒): after the policies, whose departments some measures name.
  await seedMeasures(sql, { reset: options.reset });
  // The publicity catalogue (issue 17): the periods the seed records were published under.
  await seedPublicityCatalogue(sql, { reset: options.reset });
  // Random inspections (双随机一公开): a few plans with draws and results.
  await seedInspections(sql, { today: options.today, seed: options.seed, reset: options.reset });
  // The credit commitment templates (告知承诺书) the seeded commitments name.
  await seedCommitmentTemplates(sql, { reset: options.reset });
  await sql`analyze entities`;
  await sql`analyze records`;
  await sql`analyze complaint_stats`;

  const elapsedSeconds = (performance.now() - started) / 1000;
  const rows = options.entities + recordCount + complaintCount;
  return {
    entities: options.entities,
    records: recordCount,
    complaintMonths: complaintCount,
    levels,
    recordsByKind,
    elapsedSeconds,
    rowsPerSecond: rows / elapsedSeconds,
  };
}
