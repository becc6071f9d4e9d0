import 'server-only';
// The measures catalogue (激励/惩戒, issue 16 part 3): a few dozen rows at most, read whole.
import type { MeasureScope } from '../../domain/measures';
import type { LocalizedLabel } from '../../reference/localized-label';
import { getReadSql } from '../client';
import type { DepartmentNames } from './get-entity-profile';

/** One measure of the catalogue, in every language it is written in. */
export interface MeasureRow extends MeasureScope {
  id: number;
  code: string;
  title: LocalizedLabel;
  description: LocalizedLabel;
  /** Cited in Chinese and in English (zh-TW pages show the Chinese citation). */
  legalBasis: { zh: string; en: string };
  /** Null: every department implements it. */
  department: DepartmentNames | null;
  excludesSupport: boolean;
  version: number;
  /** ISO timestamp. */
  updatedAt: string;
}

type RawMeasure = Omit<MeasureRow, 'title' | 'description' | 'legalBasis' | 'department'> & {
  titleZhCn: string;
  titleZhTw: string;
  titleEn: string;
  descriptionZhCn: string;
  descriptionZhTw: string;
  descriptionEn: string;
  legalBasisZh: string;
  legalBasisEn: string;
  dCode: string | null;
  dZhCn: string | null;
  dZhTw: string | null;
  dEn: string | null;
};

function toMeasure(r: RawMeasure): MeasureRow {
  const { titleZhCn, titleZhTw, titleEn, descriptionZhCn, descriptionZhTw, descriptionEn, legalBasisZh, legalBasisEn, dCode, dZhCn, dZhTw, dEn, ...rest } = r;
  return {
    ...rest,
    title: { 'zh-CN': titleZhCn, 'zh-TW': titleZhTw, en: titleEn },
    description: { 'zh-CN': descriptionZhCn, 'zh-TW': descriptionZhTw, en: descriptionEn },
    legalBasis: { zh: legalBasisZh, en: legalBasisEn },
    department: dCode === null ? null : { code: dCode, 'zh-CN': dZhCn ?? '', 'zh-TW': dZhTw ?? '', en: dEn ?? '' },
  };
}

const SELECT_MEASURE = `
    select m.id, m.code, m.kind::text as kind, m.levels::text[] as levels, m.list_kinds::text[] as "listKinds",
           m.title_zh_cn as "titleZhCn", m.title_zh_tw as "titleZhTw", m.title_en as "titleEn",
           m.description_zh_cn as "descriptionZhCn", m.description_zh_tw as "descriptionZhTw", m.description_en as "descriptionEn",
           m.legal_basis_zh as "legalBasisZh", m.legal_basis_en as "legalBasisEn",
           d.code as "dCode", d.name_zh_cn as "dZhCn", d.name_zh_tw as "dZhTw", d.name_en as "dEn",
           m.effective_from::text as "effectiveFrom", m.effective_to::text as "effectiveTo", m.excludes_support as "excludesSupport",
           m.version, to_char(m.updated_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as "updatedAt"
    from credit_measures m left join departments d on d.id = m.department_id`;

/** Every measure of the catalogue, any effective period, punitive first, then in the order entered. */
export async function listCreditMeasures(): Promise<MeasureRow[]> {
  const sql = getReadSql();
  const rows = await sql<RawMeasure[]>`${sql.unsafe(SELECT_MEASURE)} order by m.kind desc, m.id`;
  return rows.map(toMeasure);
}

/** One measure by id (the back office edits it), any effective period; undefined when there is none. */
export async function getCreditMeasure(id: number): Promise<MeasureRow | undefined> {
  const sql = getReadSql();
  const [row] = await sql<RawMeasure[]>`${sql.unsafe(SELECT_MEASURE)} where m.id = ${id}`;
  return row ? toMeasure(row) : undefined;
}
