// Test factory: inserts an entity with the records and complaints a test needs, then rates and
// indexes it through the same domain function the worker uses. Each call makes a fresh firm
// (random organisation code, unique name part) so tests never share mutable rows.
import crypto from 'node:crypto';
import { getSql } from '../../lib/db/client';
import type { CreditLevel, EntityStatus, EntityType, RecordKind, RecordStatus, Severity } from '../../lib/domain/vocabulary';
import { CATEGORY_OF_KIND } from '../../lib/domain/vocabulary';
import { buildUscc } from '../../lib/uscc';
import { refreshEntities } from '../../lib/entities/refresh-entities';
import { ratingDate } from '../../lib/env';
import { tags } from '../../lib/cache/tags';
import { expirePages } from '../../lib/worker/expire-pages';

export const TEST_DEPARTMENT = { code: 'test-amr', nameZhCn: '测试市场监督管理局', nameZhTw: '測試市場監督管理局', nameEn: 'Test Market Regulation Bureau' };

export interface RecordSpec {
  kind: RecordKind;
  title?: string;
  docNo?: string;
  decisionDate: string;
  status?: RecordStatus;
  severity?: Severity;
  publicityEnd?: string | null;
  removedOn?: string | null;
  removalReason?: string;
  grounds?: string;
  /** Credit commitments: the procedure (a template's code) and the status. */
  procedureCode?: string;
  commitmentStatus?: 'pending' | 'kept' | 'broken';
}

export interface EntitySpec {
  name?: string;
  type?: EntityType;
  status?: EntityStatus;
  legalRepresentative?: string;
  districtCode?: string;
  aliases?: string[];
  records?: RecordSpec[];
  complaints?: { periodStart: string; count: number; resolved: number }[];
}

export interface CreatedEntity {
  id: number;
  uscc: string;
  name: string;
  recordIds: string[];
}

const ORG_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const UNIQUE_CHARS = '鹏鹤鸿鹭鸾鹂麟麒骐骥骢骅琨瑜瑾璋琮璟珩玥珏琪瑞璐曦晟昱晗晔煜炜烨焕熠翎翊翀翮';

/** Two random, uncommon characters that make a name distinctive in the index. */
export function uniqueNamePart(): string {
  const pick = () => UNIQUE_CHARS[crypto.randomInt(UNIQUE_CHARS.length)];
  return `${pick()}${pick()}${pick()}`;
}

async function ensureDepartment(): Promise<number> {
  const sql = getSql();
  const [row] = await sql<{ id: number }[]>`
    insert into departments (code, name_zh_cn, name_zh_tw, name_en, is_registrar)
    values (${TEST_DEPARTMENT.code}, ${TEST_DEPARTMENT.nameZhCn}, ${TEST_DEPARTMENT.nameZhTw}, ${TEST_DEPARTMENT.nameEn}, true)
    on conflict (code) do update set code = excluded.code
    returning id`;
  return row!.id;
}

/** Creates, rates and indexes an entity; waits until search can find it. */
export async function createEntity(spec: EntitySpec = {}): Promise<CreatedEntity & { level: CreditLevel }> {
  const sql = getSql();
  const departmentId = await ensureDepartment();
  const body = Array.from({ length: 8 }, () => ORG_CHARS[crypto.randomInt(ORG_CHARS.length)]).join('');
  const districtCode = spec.districtCode ?? '370102';
  const uscc = buildUscc({ department: '9', category: spec.type === 'individual' ? '2' : '1', divisionCode: districtCode, orgCodeBody: body });
  const name = spec.name ?? `济南${uniqueNamePart()}科技有限公司`;
  const [entity] = await sql<{ id: number }[]>`
    insert into entities (uscc, name, name_normalized, aliases, type, legal_representative, established_on, address, district_code, status, registrar_department_id)
    values (${uscc}, ${name}, ${name}, ${spec.aliases ?? []}, ${spec.type ?? 'company'}, ${spec.legalRepresentative ?? '李测试'},
            '2015-06-01', '济南市历下区测试路1号', ${districtCode}, ${spec.status ?? 'active'}, ${departmentId})
    returning id::int as id`;
  const entityId = entity!.id;
  const recordIds: string[] = [];
  for (const [i, r] of (spec.records ?? []).entries()) {
    const [row] = await sql<{ id: string }[]>`
      insert into records (entity_id, department_id, source_ref, category, kind, title, doc_no, decision_date, collected_on,
                           severity, publicity_end, status, grounds, removed_on, removal_reason, procedure_code, commitment_status)
      values (${entityId}, ${departmentId}, ${`test-${uscc}-${i}`}, ${CATEGORY_OF_KIND[r.kind]}, ${r.kind},
              ${r.title ?? `测试${r.kind}记录${i + 1}`}, ${r.docNo ?? `测试〔2026〕${i + 1}号`}, ${r.decisionDate}, ${r.decisionDate},
              ${r.severity ?? (r.kind === 'penalty' ? 'general' : null)}, ${r.publicityEnd ?? null}, ${r.status ?? 'published'},
              ${r.grounds ?? null}, ${r.removedOn ?? null}, ${r.removalReason ?? null}, ${r.procedureCode ?? null},
              ${r.kind === 'credit_commitment' ? (r.commitmentStatus ?? 'pending') : null})
      returning id::text as id`;
    recordIds.push(row!.id);
  }
  for (const c of spec.complaints ?? []) {
    await sql`insert into complaint_stats (entity_id, period_start, complaints, resolved) values (${entityId}, ${c.periodStart}, ${c.count}, ${c.resolved})`;
  }
  await refreshEntities([entityId], ratingDate(), { waitForIndex: true });
  // Pages are cached: expire what this firm appears on, as the worker does after a change
  // (a no-op where no site runs, e.g. in Vitest).
  await expirePages([tags.entity(uscc), tags.levelCounts, tags.lists, tags.stats, tags.commitments]);
  const [rated] = await sql<{ level: CreditLevel }[]>`select credit_level as level from entities where id = ${entityId}`;
  return { id: entityId, uscc, name, recordIds, level: rated!.level };
}

/** A date `days` before today (Asia/Shanghai), as YYYY-MM-DD. */
export function daysAgo(days: number): string {
  const d = new Date(`${ratingDate()}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - days);
  return d.toISOString().slice(0, 10);
}
