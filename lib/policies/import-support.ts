// Template import of support received (扶持兑现), for departments without a system: the same
// schema, firm/policy/department resolution and upsert as POST /api/v1/intake/support, fed from a
// CSV or XLSX file with Chinese headers in batches of INTAKE_MAX_ITEMS. `importRecords` hands a
// file here when its header row is this template's (see isSupportTemplate).
import { INTAKE_MAX_ITEMS } from '../domain/intake';
import type { Locale } from '../domain/vocabulary';
import {
  normaliseDateCell,
  readTemplateHeader,
  importRowsInBatches,
  startImportSummary,
  templateFieldLookup,
  type ImportReportRow,
  type ImportSummary,
  type TemplateColumn,
} from '../intake/template-rows';
import { translator } from '../i18n/messages';
import { columnsCsvTemplate, columnsXlsxWorkbook } from '../intake/templates';
import { ingestSupport } from './ingest-support';
import type { AuditActorType } from '../audit/chain';

type SupportField = 'sourceRef' | 'uscc' | 'year' | 'policyId' | 'policyBasis' | 'content' | 'amountCny' | 'implementingDepartment' | 'grantedOn';

/** The template's columns, in order: field, Chinese header, required. */
export const SUPPORT_TEMPLATE_COLUMNS: readonly TemplateColumn<SupportField>[] = [
  { field: 'sourceRef', header: '兑现记录编号', required: true },
  { field: 'uscc', header: '统一社会信用代码', required: true },
  { field: 'grantedOn', header: '兑现日期', required: true },
  { field: 'content', header: '扶持内容', required: true },
  { field: 'amountCny', header: '金额（元）', required: false },
  { field: 'policyId', header: '政策编号', required: false },
  { field: 'policyBasis', header: '政策依据', required: false },
  { field: 'implementingDepartment', header: '实施部门代码', required: false },
  { field: 'year', header: '年度', required: false },
];

const NUMERIC = new Set<SupportField>(['year', 'policyId', 'amountCny']);
const supportFieldOf = templateFieldLookup(SUPPORT_TEMPLATE_COLUMNS);

/** Whether a header row is the support template's (its two distinctive columns are present). */
export function isSupportTemplate(headers: readonly string[]): boolean {
  const fields = new Set(headers.map(supportFieldOf));
  return fields.has('grantedOn') && fields.has('content');
}

/** A cell as the schema expects it: numbers for year, policy and amount (1,234.50 → 1234.5), ISO dates. */
function cellValue(field: SupportField, raw: string): string | number {
  const v = raw.trim();
  if (NUMERIC.has(field)) {
    const n = v.replace(/[,，\s]/g, '');
    return /^-?\d+(\.\d+)?$/.test(n) ? Number(n) : v;
  }
  return field === 'grantedOn' ? normaliseDateCell(v) : v;
}

/** Imports the data rows that follow `headers` (row 1). */
export async function importSupportRows(
  rows: AsyncIterable<string[]>,
  headers: readonly string[],
  options: {
    departmentId: number;
    departmentCode: string;
    actor: { type: AuditActorType; id: string };
    locale?: Locale;
    onReport?: (rows: ImportReportRow[]) => void;
    onProgress?: (rows: number) => void;
  },
): Promise<ImportSummary> {
  const started = performance.now();
  const locale = options.locale ?? 'zh-CN';
  const t = translator(locale, 'IntakeErrors');
  const { columns, columnOf, unknown } = readTemplateHeader(SUPPORT_TEMPLATE_COLUMNS, headers, t);
  const { summary, report } = startImportSummary(options.onReport);
  report(unknown);

  await importRowsInBatches(
    rows,
    columns,
    cellValue,
    INTAKE_MAX_ITEMS,
    (items) => ingestSupport({ departmentId: options.departmentId, departmentCode: options.departmentCode, items, locale, actor: options.actor }),
    {
      summary,
      report,
      columnOf,
      onProgress: options.onProgress,
    },
  );
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}

/** The CSV template: BOM and the header row. */
export function csvSupportTemplate(): string {
  return columnsCsvTemplate(SUPPORT_TEMPLATE_COLUMNS);
}

/** The XLSX template: a header row (required columns marked), codes and references as text. */
export async function xlsxSupportTemplate(): Promise<Buffer> {
  return Buffer.from(await columnsXlsxWorkbook('扶持兑现', SUPPORT_TEMPLATE_COLUMNS).workbook.xlsx.writeBuffer());
}
