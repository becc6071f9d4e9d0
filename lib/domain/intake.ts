// Vocabulary and rules of department intake (issue 4): batch limits, the timeliness rules of the
// Jinan (§5) and Jieshou (§4) notices, unmatched-queue reasons and the import template's columns.
import { CATEGORY_OF_KIND, LISTING_KINDS, type RecordKind, type Severity } from './vocabulary';

/** Most items one intake call may carry. */
export const INTAKE_MAX_ITEMS = 1000;

/** Basic information and penalties: collected within 7 working days of being produced. */
export const TIMELINESS_SHORT_LIMIT = 7;
/** Everything else: within 20 working days. */
export const TIMELINESS_LONG_LIMIT = 20;

/** The working days a record of this kind may take from being produced to being collected. */
export function timelinessLimit(kind: RecordKind): number {
  return CATEGORY_OF_KIND[kind] === 'basic' || kind === 'penalty' ? TIMELINESS_SHORT_LIMIT : TIMELINESS_LONG_LIMIT;
}

/** Why an item waits in the unmatched queue for a person to match it. */
export const UNMATCHED_REASONS = ['not_found', 'name_ambiguous', 'code_ambiguous'] as const;
export type UnmatchedReason = (typeof UNMATCHED_REASONS)[number];

/** What an intake item can be identified by, in the order they are tried. */
export const IDENTITY_FIELDS = ['uscc', 'regNo', 'orgCode', 'taxNo', 'entityName'] as const;
export type IdentityField = (typeof IDENTITY_FIELDS)[number];

/**
 * The fields of a record item, in template column order, with the template's Chinese column
 * headers. The headers are part of the file format (the importer maps them back), so they live
 * here as data rather than as UI messages; the importer also accepts the field names themselves.
 */
export const RECORD_TEMPLATE_COLUMNS = [
  { field: 'sourceRef', header: '来源编号', required: true },
  { field: 'uscc', header: '统一社会信用代码', required: false },
  { field: 'regNo', header: '注册号', required: false },
  { field: 'orgCode', header: '组织机构代码', required: false },
  { field: 'taxNo', header: '纳税人识别号', required: false },
  { field: 'entityName', header: '主体名称', required: false },
  { field: 'kind', header: '信息类别', required: true },
  { field: 'title', header: '信息名称', required: true },
  { field: 'docNo', header: '文书号', required: false },
  { field: 'decisionDate', header: '决定日期', required: true },
  { field: 'producedOn', header: '信息产生日期', required: false },
  { field: 'severity', header: '处罚程度', required: false },
  { field: 'publicityEnd', header: '公示截止日期', required: false },
  { field: 'listedOn', header: '列入日期', required: false },
  { field: 'removedOn', header: '移出日期', required: false },
  { field: 'removalReason', header: '移出原因', required: false },
  { field: 'grounds', header: '列入事由', required: false },
  { field: 'content', header: '内容', required: false },
  { field: 'legalBasis', header: '法律依据', required: false },
  { field: 'listName', header: '名单名称', required: false },
  { field: 'procedure', header: '承诺事项代码', required: false },
  { field: 'status', header: '履行状态', required: false },
  { field: 'brokenCommitmentRef', header: '违反承诺记录来源编号', required: false },
] as const;
export type RecordTemplateField = (typeof RECORD_TEMPLATE_COLUMNS)[number]['field'];

/** Columns a template for one kind shows (the listing and penalty columns only where they apply). */
export function templateColumnsFor(kind: RecordKind): (typeof RECORD_TEMPLATE_COLUMNS)[number][] {
  const listing = (LISTING_KINDS as readonly RecordKind[]).includes(kind);
  return RECORD_TEMPLATE_COLUMNS.filter((c) => {
    if (c.field === 'severity') return kind === 'penalty';
    if (c.field === 'listName') return kind === 'department_blacklist';
    if (c.field === 'listedOn' || c.field === 'removedOn' || c.field === 'removalReason' || c.field === 'grounds') return listing;
    if (c.field === 'procedure' || c.field === 'status' || c.field === 'brokenCommitmentRef') return kind === 'credit_commitment';
    return true;
  });
}

/** Values the template's 履行状态 column accepts (credit commitments), besides the identifiers themselves. */
export const COMMITMENT_STATUS_WORDS: Readonly<Record<string, 'pending' | 'kept' | 'broken'>> = {
  履行中: 'pending',
  已履行: 'kept',
  违反承诺: 'broken',
};

/** Values the template's 处罚程度 column accepts, besides the identifiers themselves. */
export const SEVERITY_WORDS: Readonly<Record<string, Severity>> = {
  轻微: 'minor',
  简易程序: 'minor',
  一般: 'general',
  严重: 'serious',
  特定严重: 'specific_serious',
};

/** A validated item as the database takes it: identity resolved to match keys, dates settled. */
export interface StagedRecord {
  index: number;
  sourceRef: string;
  /** Match keys, normalised; the matcher tries uscc, then regNo, orgCode, name. */
  uscc: string | null;
  regNo: string | null;
  orgCode: string | null;
  nameNormalized: string | null;
  /** The first identity the item gave (shown in the unmatched queue). */
  identityField: IdentityField;
  identityValue: string;
  entityName: string | null;
  kind: RecordKind;
  title: string;
  docNo: string | null;
  decisionDate: string;
  producedOn: string;
  severity: string | null;
  publicityEnd: string | null;
  grounds: string | null;
  removedOn: string | null;
  removalReason: string | null;
  content: string | null;
  legalBasis: string | null;
  /** department_blacklist: the department's list. */
  listName: string | null;
  /** Credit commitments (else null): the procedure code, the status (pending when not sent), the broken_commitment record's sourceRef. */
  procedureCode: string | null;
  commitmentStatus: string | null;
  brokenRecordRef: string | null;
}
