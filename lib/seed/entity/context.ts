// The entity being generated and how a record is added to it (ids, source reference, timing).
import { CATEGORY_OF_KIND } from '../../domain/vocabulary';
import type { RecordKind, RecordStatus, Severity } from '../../domain/vocabulary';
import type { DepartmentCode } from '../../reference/departments';
import { isoOf, yearOf } from '../days';
import type { SeedDistrict, SeedIndustry } from '../geography';
import { dayBetween } from '../random';
import type { Rng } from '../random';
import { COLLECTION_DELAY } from './shares';
import { seedCommitmentStatus } from '../commitment-templates';
import type { SeedEntity, SeedRecord } from './types';

export interface Context {
  rng: Rng;
  index: number;
  today: number;
  entityId: number;
  nextRecordId: number;
  records: SeedRecord[];
  entity: Omit<SeedEntity, 'creditLevel' | 'creditReasons' | 'creditRuleVersion' | 'ratedOn' | 'nextReviewOn'>;
  industry: SeedIndustry;
  district: SeedDistrict;
  established: number;
  trade: string;
}

export function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

export function docNo(prefix: string, day: number, rng: Rng): string {
  return `${prefix}〔${yearOf(day)}〕${rng.int(1, 2_999)}号`;
}

/** The day the record was produced (usually the decision day) and collected (1–25 days later). */
function timing(ctx: Context, decision: number): { produced: number; collected: number } {
  const { rng, today } = ctx;
  const produced = Math.min(today, rng.chance(0.7) ? decision : decision + rng.int(1, 5));
  const [lo, hi] = COLLECTION_DELAY(rng);
  const collected = Math.min(today, produced + rng.int(lo, hi));
  return { produced, collected };
}

export interface RecordFields {
  department: DepartmentCode;
  title: string;
  docNo?: string | null;
  decision: number;
  severity?: Severity | null;
  legalBasis?: string | null;
  content?: string | null;
  publicityStart?: number | null;
  publicityEnd?: number | null;
  status?: RecordStatus;
  grounds?: string | null;
  removedOn?: number | null;
  removalReason?: string | null;
  /** Credit commitments: the procedure signed for (its status follows from the record's id and age). */
  procedureCode?: string | null;
}

export function addRecord(ctx: Context, kind: RecordKind, fields: RecordFields): SeedRecord {
  const { produced, collected } = timing(ctx, fields.decision);
  const ordinal = ctx.records.length;
  const record: SeedRecord = {
    id: ctx.nextRecordId,
    entityId: ctx.entityId,
    departmentCode: fields.department,
    sourceRef: `seed-${ctx.rng.seed}-${ctx.index}-${ordinal}`,
    category: CATEGORY_OF_KIND[kind],
    kind,
    title: fields.title,
    docNo: fields.docNo ?? null,
    decisionDate: isoOf(fields.decision),
    producedOn: isoOf(produced),
    collectedOn: isoOf(collected),
    severity: fields.severity ?? null,
    legalBasis: fields.legalBasis ?? null,
    content: fields.content ?? null,
    publicityStart: fields.publicityStart == null ? null : isoOf(fields.publicityStart),
    publicityEnd: fields.publicityEnd == null ? null : isoOf(fields.publicityEnd),
    status: fields.status ?? 'published',
    grounds: fields.grounds ?? null,
    removedOn: fields.removedOn == null ? null : isoOf(fields.removedOn),
    removalReason: fields.removalReason ?? null,
    procedureCode: kind === 'credit_commitment' ? (fields.procedureCode ?? null) : null,
    commitmentStatus: kind === 'credit_commitment' ? seedCommitmentStatus(ctx.nextRecordId, ctx.today - fields.decision) : null,
  };
  ctx.nextRecordId += 1;
  ctx.records.push(record);
  return record;
}

/** A day at least `minAge` days after establishment and at most `maxAgo` days before today, or null. */
export function dayAfterEstablished(ctx: Context, minAge: number, minAgo: number, maxAgo: number): number | null {
  const earliest = Math.max(ctx.established + minAge, ctx.today - maxAgo);
  const latest = ctx.today - minAgo;
  return earliest > latest ? null : dayBetween(ctx.rng, earliest, latest);
}
